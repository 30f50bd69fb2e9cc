/**
 * Text an attacker would put in a name, a message, a comment, a goal or a catalog entry: markup
 * and script, links in HTML and Markdown, line breaks that start a header or a calendar
 * property, mail parameters, translation placeholders. Each fits the shortest field it is tried
 * in (80 characters), has no leading or trailing space (comments are trimmed), and holds no lone
 * surrogate (links re-encode text as UTF-8); those cases have their own tests.
 */
export const hostileStrings: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<svg onload=alert(1)><image href=x onerror=alert(2)></svg>',
  '"><iframe src=//evil.example></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(document.cookie)',
  'java\tscript:alert(1)',
  '[click me](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '<https://evil.example> www.evil.example mail@evil.example',
  'Line one\r\nBcc: attacker@evil.example',
  'Goal\r\nATTACH:https://evil.example/x\r\nSUMMARY:Injected',
  'x&cc=attacker@evil.example&body=replaced',
  '{{name}} $t(plan.title) %s %n',
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#60;',
  '# Heading\n- [ ] item\n> quote',
  'semi;colon,comma\\backslash',
  '\u202Eevil\u202C RTL and \u200Bzero-width',
];

/** Counts what a test family tried, for the one line it prints for the README's figures. */
export interface TryCounter {
  note: (surface: string, strings?: number) => void;
  summary: (family: string) => string;
}

export function createTryCounter(): TryCounter {
  const surfaces = new Set<string>();
  let tries = 0;
  return {
    note: (surface, strings = 1) => {
      surfaces.add(surface);
      tries += strings;
    },
    summary: (family) =>
      `${family}: ${String(hostileStrings.length)} hostile strings, ${String(tries)} tries across ${String(surfaces.size)} surfaces`,
  };
}
