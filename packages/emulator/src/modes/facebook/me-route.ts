import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { graphError, INVALID_ACCESS_TOKEN, invalidParameter } from './graph-error.js';
import { graphParams, graphPath, userAccessToken } from './graph-request.js';
import { ME_FIELDS } from './me-fields.js';
import { splitGraphFields } from './split-graph-fields.js';

/** What Graph answers for `/me` when no `fields` are asked for. */
const DEFAULT_FIELDS = 'id,name';

/**
 * `GET /graph/vN/me?fields=...`: the user behind a token, with exactly the fields asked for.
 * @see https://developers.facebook.com/docs/graph-api/reference/user
 */
export function meRoute(context: EmulatorContext): Route {
  return {
    method: 'GET',
    path: graphPath('me'),
    handle(request) {
      const value = userAccessToken(request);
      if (value === undefined) {
        return graphError({
          message:
            'An active access token must be used to query information about the current user.',
          code: 2500,
        });
      }
      const token = context.tokens.findValid(value, 'access', 'facebook');
      if (!token) return graphError(INVALID_ACCESS_TOKEN);

      const names = splitGraphFields(graphParams(request).get('fields') ?? DEFAULT_FIELDS);
      const unknown = names.find((name) => !Object.hasOwn(ME_FIELDS, name));
      if (unknown !== undefined) {
        return graphError(
          invalidParameter(`Tried accessing nonexisting field (${unknown}) on node type (User)`),
        );
      }

      const body: Record<string, unknown> = {};
      for (const name of names) {
        const field = ME_FIELDS[name]?.(token, context.url);
        if (field !== undefined) body[name] = field;
      }
      // Graph always answers the node's id, asked for or not.
      body.id = token.user.id;
      return jsonResponse(200, body);
    },
  };
}
