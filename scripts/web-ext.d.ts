// web-ext ships no types; the one call scripts/lint-firefox.ts makes (web-ext 10, lib/cmd/lint.js).
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(params: {sourceDir: string; output?: 'json' | 'text' | 'none'; boring?: boolean; selfHosted?: boolean},
        options?: {shouldExitProgram?: boolean}): Promise<unknown>;
    };
  };
  export default webExt;
}
