/**
 * The richest form of a reply a Botkit adapter passes through from `channelData`:
 * - `web`: botbuilder-adapter-web (channels `websocket` and `webhook`), whose chat clients
 *   render the text as Markdown and `quick_replies` as buttons;
 * - `facebook`: botbuilder-adapter-facebook, which sends `channelData.attachment` (a button
 *   template) to the Send API;
 * - `slack`: botbuilder-adapter-slack, which copies `channelData` into `chat.postMessage` or,
 *   with `ephemeral`, `chat.postEphemeral`;
 * - `plain`: everything else (Twilio SMS, Webex, Hangouts, tests): the text alone.
 */
export type ChannelForm = 'web' | 'facebook' | 'slack' | 'plain';

/** Picks the reply form for a Bot Framework `channelId`. */
export function channelFormOf(channelId: string | undefined): ChannelForm {
  switch (channelId) {
    case 'websocket':
    case 'webhook':
      return 'web';
    case 'facebook':
      return 'facebook';
    case 'slack':
      return 'slack';
    default:
      return 'plain';
  }
}
