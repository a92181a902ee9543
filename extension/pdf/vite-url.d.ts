// Vite's `?url` imports give the URL of the bundled file (used for pdf.js's worker).
declare module '*?url' {
  const url: string;
  export default url;
}
