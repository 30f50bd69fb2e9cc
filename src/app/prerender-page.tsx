import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { StaticRouter } from 'react-router';
import { languages, type Language } from '../domain/instrument/settings';
import { i18n } from '../lib/i18n';
import { languageBasename, localizedPath } from '../lib/language-path';
import { prerenderedTitle } from '../lib/use-document-title';
import enPages from '../locales/en/pages.json';
import enShell from '../locales/en/shell.json';
import esPages from '../locales/es/pages.json';
import esShell from '../locales/es/shell.json';
import frPages from '../locales/fr/pages.json';
import frShell from '../locales/fr/shell.json';
import { AppShell } from './app-shell';
import { preloadPageFor } from './page-modules';

/**
 * Run by the build (scripts/prerender), never shipped: renders one page in one language to HTML,
 * with no saved data, exactly as the browser's first render will draw it before hydrating.
 */
const texts = {
  en: { ...enShell, ...enPages },
  es: { ...esShell, ...esPages },
  fr: { ...frShell, ...frPages },
};

let isReady: Promise<unknown> | undefined;

function setUpTexts(): Promise<unknown> {
  isReady ??= i18n.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: false,
    supportedLngs: [...languages],
    resources: Object.fromEntries(
      languages.map((language) => [language, { translation: texts[language] }]),
    ),
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    initAsync: false,
  });
  return isReady;
}

export interface PrerenderedPage {
  html: string;
  title: string;
}

/** How many rounds of nested lazy pages (a side page of the plan, say) are awaited at most. */
const lazyRounds = 40;

export async function prerenderPage(path: string, language: Language): Promise<PrerenderedPage> {
  await setUpTexts();
  await i18n.changeLanguage(language);
  await preloadPageFor(path);
  // The layout's fallback while a page's code is on its way (src/app/layout.tsx).
  const loading = 'class="hint page-loading"';
  const render = () =>
    renderToString(
      <StrictMode>
        <StaticRouter
          location={localizedPath(path, language)}
          basename={languageBasename(language)}
        >
          <AppShell />
        </StaticRouter>
      </StrictMode>,
    );
  let html = render();
  // A lazy component renders the loading notice the first time and starts downloading; once it
  // has arrived, the next render draws it. The browser loads the same modules before hydrating.
  for (let round = 0; round < lazyRounds && html.includes(loading); round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    html = render();
  }
  if (html.includes(loading)) throw new Error(`${path} (${language}) still loading`);
  return { html, title: prerenderedTitle() };
}
