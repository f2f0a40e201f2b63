/** What every subcommand shares: exit statuses and the file system as main.ts provides it. */
export const EXIT = { valid: 0, invalid: 1, unreadable: 2 } as const;

export interface CliIo {
  /** The absolute path a name on the command line stands for: relative names start in the folder the command was run in. */
  resolve(path: string): string;
  /** The text of the file at an absolute path; throws (with a `code` such as ENOENT) when it cannot be read. */
  readFile(path: string): string;
  /** Creates a file at an absolute path; throws (EEXIST) rather than replace one that exists. */
  createFile(path: string, text: string): void;
  /** How a policy file at an absolute path refers to the installed policy.schema.json, for its `$schema`. */
  schemaReference(path: string): string;
  out(line: string): void;
  err(line: string): void;
}

/** The first line of each command's usage, shown when it is called wrongly. */
export const USAGE_LINES = {
  validate: 'Usage: kanaalwijzer validate [--json] <policy.json> [more.json ...]',
  init: 'Usage: kanaalwijzer init [policy.json]',
} as const;

/** Why a file could not be read or written, in words; the path is said by the caller. */
export function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EEXIST') return 'a file with that name exists';
  return error instanceof Error ? error.message : String(error);
}

