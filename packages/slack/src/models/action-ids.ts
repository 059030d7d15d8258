/**
 * The `action_id`s of the adapter's buttons. Slack wants an `action_id` unique within its block,
 * so buttons that share a meaning in one block carry a numbered suffix (`botlogin_login_2`) and
 * are matched by {@link SlackActionPattern}.
 *
 * @see https://docs.slack.dev/reference/block-kit/block-elements/button-element
 */
export const SlackActionId = {
  /** The link button to the verification page; Slack still sends a payload that needs an ack. */
  Open: 'botlogin_open',
  /** Cancels a pending login; `value` is the login id. */
  Cancel: 'botlogin_cancel',
  /** Starts a login; `value` is the provider id (provider choice, "Try again", App Home). */
  Login: 'botlogin_login',
  /** Logs out of a provider from App Home; `value` is the provider id. */
  Logout: 'botlogin_logout',
} as const;

/** Matches an action id with or without its numbered suffix. */
export const SlackActionPattern = {
  Login: /^botlogin_login(?:_\d+)?$/,
} as const;
