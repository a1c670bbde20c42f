// The server's errors are RFC 9457 problems (application/problem+json): one class carries them to the UI.

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemBody;

  constructor(status: number, problem: ProblemBody) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }

  /** The message the server gave for one field of a form, if any. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((error) => error.field === field || error.field.endsWith(`.${field}`))
      ?.message;
  }
}

/** A network failure (offline, server down): no HTTP answer at all. */
export class OfflineError extends Error {
  constructor(cause: unknown) {
    super("the server cannot be reached", { cause });
    this.name = "OfflineError";
  }
}
