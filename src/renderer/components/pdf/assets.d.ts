/** Vite's `?url` imports: the file is emitted beside the bundle and its URL comes back. */
declare module '*?url' {
  const url: string;
  export default url;
}
