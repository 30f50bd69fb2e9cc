/** See scripts/build/entry-url-plugin.ts: the address of a module built as an entry of its own. */
declare module '*?entry-url' {
  const url: string;
  export default url;
}
