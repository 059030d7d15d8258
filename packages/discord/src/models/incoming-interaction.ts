/** The user who sent an interaction, as far as the messages need them. */
export interface InteractionUser {
  readonly id: string;
  /** The name to show: the global display name if set, else the username. */
  readonly displayName: string;
}

interface InteractionBase {
  readonly id: string;
  readonly applicationId: string;
  readonly token: string;
  /** The user's client locale, such as `en-US` or `de`. */
  readonly locale: string;
  readonly user: InteractionUser;
  /** Epoch milliseconds at which the interaction was received. */
  readonly receivedAt: number;
}

/** A slash command, with its string options by name. */
export interface IncomingCommand extends InteractionBase {
  readonly kind: 'command';
  readonly commandName: string;
  readonly options: Readonly<Record<string, string>>;
}

/** A click on one of the adapter's buttons. */
export interface IncomingButton extends InteractionBase {
  readonly kind: 'button';
  readonly customId: string;
}

/**
 * An interaction reduced to what the login flow reads, the same whether it came over the
 * gateway (a discord.js `Interaction`) or as a signed HTTP request (raw API JSON).
 */
export type IncomingInteraction = IncomingCommand | IncomingButton;
