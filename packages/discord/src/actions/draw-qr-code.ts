import QRCode from 'qrcode';

/**
 * Draws a QR code of `text` as a PNG, big enough to scan from a phone held to a screen.
 *
 * @see https://www.npmjs.com/package/qrcode
 */
export function drawQrCode(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 256 });
}
