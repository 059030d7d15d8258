import qrcode from 'qrcode';

/**
 * A PNG QR code of the verification link, for users who read the card on a computer and log in
 * on their phone. Error correction M survives a screenshot; 384 px stays sharp in Telegram.
 */
export function renderQrCode(link: string): Promise<Buffer> {
  return qrcode.toBuffer(link, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 384 });
}
