/** The router's basename from Vite's `base` (set with BASE_PATH at build time): "/" or "/sub/path". */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
