import type {Server} from 'node:http';

/** The file a URL path names inside `root`, or undefined when it would leave `root`. */
export function fileFor(root: string, pathname: string): string | undefined;

/** Serve `root` on `host` (default 127.0.0.1) at `port` (default 5173), or any free port when it is taken. */
export function serveStatic(root: string, options?: {port?: number; host?: string}): Promise<{server: Server; url: string}>;
