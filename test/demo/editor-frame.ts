/** The marketer's editor (demo/editor.html) in an iframe, one at a time, as the editor tests drive it. */
export interface EditorFrame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

let current: HTMLIFrameElement | undefined;

/** Opens the editor anew, closing the one before; resolves once its page has loaded. */
export async function openEditorFrame(): Promise<EditorFrame> {
  closeEditorFrame();
  const frame = document.createElement('iframe');
  current = frame;
  frame.style.cssText = 'width: 1300px; height: 900px; border: 0;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/editor.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, win, doc: win.document };
}

export function closeEditorFrame(): void {
  current?.remove();
  current = undefined;
}
