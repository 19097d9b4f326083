/**
 * An after-sales back end's return endpoint on Node's own `http` module: `POST /returns` with a
 * parcel (or a one-item return) as JSON is decided with `decideParcel`, kept in the audit log with
 * the rule set's id, version and digest, and answered with the decision.
 *
 *   201 { auditId, decision }                   decided and recorded
 *   400 { error: { code, message, issues } }    not JSON, or not a valid parcel (issues carry JSON paths)
 *   422 { error: { code, message } }            valid, but the rule set cannot decide it (no rule, a conflict)
 *   404 / 405 / 413                             other paths, other methods, bodies over 1 MB
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createEvaluator, loadRuleSet, ReturnCaseError, ReturnLiabilityError, type RuleSet } from 'return-liability';
import { recordDecision, recordRuleSet, type AuditDatabase } from './audit.js';

const MAX_BODY = 1_000_000;

export interface AfterSalesOptions {
  db: AuditDatabase;
  /** The rule-set document (JSON), as it is deployed; it is validated here and stored by digest. */
  rules: unknown;
  /** Decision texts' locale; default the rule set's. */
  locale?: string;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpProblem(413, 'body_too_large', `the body is over ${MAX_BODY} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch (error) {
    throw new HttpProblem(400, 'invalid_json', `the body is not JSON: ${(error as Error).message}`);
  }
}

/** The request handler, for mounting in an existing server. */
export function afterSalesHandler(options: AfterSalesOptions): { handle: (request: IncomingMessage, response: ServerResponse) => void; ruleSet: RuleSet } {
  const ruleSet = loadRuleSet(options.rules); // throws RuleSetError at start-up, not per request
  recordRuleSet(options.db, ruleSet, options.rules);
  const evaluator = createEvaluator(ruleSet);
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/returns') return send(response, 404, { error: { code: 'not_found', message: `no route ${path}` } });
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      return send(response, 405, { error: { code: 'method_not_allowed', message: 'POST a parcel as JSON' } });
    }
    readJson(request).then(
      (input) => {
        const result = evaluator.safeDecideParcel(input, options.locale === undefined ? {} : { locale: options.locale });
        if (!result.ok) {
          const { error } = result;
          if (error instanceof ReturnCaseError) return send(response, 400, { error: { code: error.code, message: error.message, issues: error.issues } });
          return send(response, 422, { error: { code: error.code, message: error.message } });
        }
        const auditId = recordDecision(options.db, input, result.decision);
        send(response, 201, { auditId, decision: result.decision });
      },
      (error: unknown) => {
        if (error instanceof HttpProblem) return send(response, error.status, { error: { code: error.code, message: error.message } });
        const code = ReturnLiabilityError.is(error) ? error.code : 'internal_error';
        send(response, 500, { error: { code, message: 'the return could not be decided' } });
      },
    );
  };
  return { handle, ruleSet };
}

/** A server with the handler; call `listen` yourself. */
export function createAfterSalesServer(options: AfterSalesOptions): Server {
  const { handle } = afterSalesHandler(options);
  return createServer(handle);
}
