/** A problem in a policy, as the validator, the CLI and the editor report it. */
export interface PolicyError {
  /** Where the problem is, e.g. `channels[3].hours.mon-fri`; empty for the policy as a whole. */
  path: string;
  message: string;
  /** Where in the policy text (1-based) the value or key is: for syntax errors, and from `locateProblems`. */
  line?: number;
  column?: number;
  /**
   * True when this is no mistake of its own but what other problems lead to, e.g. the topics that
   * lose a broken channel. Counting problems, leave these out: one mistake is one problem.
   */
  consequence?: boolean;
}
