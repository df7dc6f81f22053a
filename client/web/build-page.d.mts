/** Build the review page (client/web) into outDir with Vite. */
export function buildWebPage(outDir: string): Promise<void>;
