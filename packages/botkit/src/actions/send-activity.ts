import type { BotkitMessage, BotWorker } from 'botkit';

/**
 * Sends a message through the worker's turn context, after Botkit's `send` middleware, and
 * settles only when the platform has answered.
 *
 * Botkit 4's own `bot.say` (and `bot.reply`, which calls it) resolves its promise from inside
 * the middleware's async callback, so a failed platform send rejects a promise nobody awaits:
 * an unhandled rejection that ends the process, while the caller's promise never settles. Here
 * the middleware only prepares the activity; the send itself is awaited in the caller's chain,
 * so its failure reaches the caller's try/catch.
 *
 * @throws whatever the middleware or the adapter's send throws.
 * @see https://github.com/howdyai/botkit/blob/main/packages/botkit/src/botworker.ts
 */
export async function sendActivity(
  bot: BotWorker,
  message: Partial<BotkitMessage>,
): Promise<unknown> {
  const prepared = bot.ensureMessageFormat(message);
  const activity = await new Promise<typeof prepared>((resolve, reject) => {
    const send = bot.controller.middleware.send as {
      run(...args: unknown[]): void;
    };
    send.run(bot, prepared, (error: unknown, _bot: unknown, ready: typeof prepared) => {
      if (error) reject(error);
      else resolve(ready);
    });
  });
  const context = bot.getConfig('context') as {
    sendActivity(activity: typeof prepared): Promise<unknown>;
  };
  return context.sendActivity(activity);
}
