import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorRequest, EmulatorResponse, Route } from '../models/route.js';
import { jsonResponse } from './http-response.js';
import { BodyTooLargeError, readRequest } from './read-request.js';

/**
 * The server's single `request` listener: reads the request, finds the route, answers 404 for
 * unknown paths and 405 for known paths with another method, and turns any fault into a 500
 * instead of a dropped connection.
 * @param log - receives `METHOD /path STATUS`; the query string is left out because Graph
 * clients may put an access token there
 */
export function createRequestHandler(
  routes: readonly Route[],
  log: ((line: string) => void) | undefined,
): (message: IncomingMessage, reply: ServerResponse) => void {
  return (message, reply) => {
    void answer(routes, message).then(({ request, response }) => {
      reply.writeHead(response.status, {
        ...response.headers,
        'content-length': String(Buffer.byteLength(response.body)),
      });
      reply.end(response.body);
      log?.(`${request?.method ?? message.method} ${request?.path ?? '?'} ${response.status}`);
    });
  };
}

async function answer(
  routes: readonly Route[],
  message: IncomingMessage,
): Promise<{ request?: EmulatorRequest; response: EmulatorResponse }> {
  let request: EmulatorRequest;
  try {
    request = await readRequest(message);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return {
        response: jsonResponse(413, { error: 'invalid_request', error_description: error.message }),
      };
    }
    return { response: jsonResponse(400, { error: 'invalid_request' }) };
  }

  try {
    return { request, response: route(routes, request) };
  } catch {
    return {
      request,
      response: jsonResponse(500, { error: 'server_error', error_description: 'emulator fault' }),
    };
  }
}

function route(routes: readonly Route[], request: EmulatorRequest): EmulatorResponse {
  const onPath = routes.filter((candidate) => candidate.path.test(request.path));
  const match = onPath.find((candidate) => candidate.method === request.method);
  if (match) return match.handle(request);

  if (onPath.length > 0) {
    const allow = [...new Set(onPath.map((candidate) => candidate.method))].join(', ');
    return jsonResponse(
      405,
      { error: 'method_not_allowed', error_description: `use ${allow}` },
      { allow },
    );
  }
  return jsonResponse(404, {
    error: 'not_found',
    error_description: `no route for ${request.method} ${request.path}`,
  });
}
