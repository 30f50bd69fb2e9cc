import { pageModuleFor } from './page-modules';

/**
 * Imported first by main.tsx, so it runs before the modules that read and check the saved data,
 * which on a long history takes a noticeable moment: the page's code is already on its way by
 * then. A failure is ignored here; the router imports the page again and reports it.
 */
pageModuleFor(window.location.pathname)?.().catch(() => undefined);
