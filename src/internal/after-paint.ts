/**
 * Resolves in a new task after the browser has painted what is on screen now, so the next piece
 * of work and the style and layout of the last one do not add up into one long task. A hidden
 * document gets no frames: there a timer lets the work go on.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A message, not a timer: it runs as soon as the frame is done, unclamped and unthrottled.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    const next = () => channel.port2.postMessage(undefined);
    requestAnimationFrame(next);
    setTimeout(next, 250);
  });
}
