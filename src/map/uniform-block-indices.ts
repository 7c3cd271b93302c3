/**
 * Chromium answers `getUniformBlockIndex` with a round trip to the GPU process, which first finishes every
 * command issued before it, and luma.gl (under deck.gl) asks it for each uniform block of a program at every
 * draw. After a filter change the heatmap's weights pass draws every request; with a million of them in
 * software GL, the first of those questions kept the main thread waiting 20–40 ms for that pass. A block's
 * index is fixed when its program is linked, so it is asked once per program and link.
 */
type BlockIndexContext = Pick<WebGL2RenderingContext, 'getUniformBlockIndex' | 'linkProgram'>;

/** Makes `gl` remember the uniform block indices it answers, until the program is linked again. */
export function rememberUniformBlockIndices(gl: BlockIndexContext): void {
  const known = new WeakMap<WebGLProgram, Map<string, number>>();
  const ask = gl.getUniformBlockIndex.bind(gl);
  const link = gl.linkProgram.bind(gl);
  gl.getUniformBlockIndex = (program, name) => {
    let blocks = known.get(program);
    if (!blocks) known.set(program, (blocks = new Map()));
    let index = blocks.get(name);
    if (index === undefined) blocks.set(name, (index = ask(program, name)));
    return index;
  };
  gl.linkProgram = (program) => {
    known.delete(program);
    link(program);
  };
}
