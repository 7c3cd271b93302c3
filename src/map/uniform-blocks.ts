/**
 * Chromium answers `getUniformBlockIndex` with a round trip to the GPU process, and checks the index given to
 * `uniformBlockBinding` with another (the program's block count); each first waits for every command issued
 * before it. luma.gl (under deck.gl) makes both calls for each uniform block of a program at every draw.
 * After a filter change the heatmap's weights pass draws every request; in software GL those calls then kept
 * the main thread waiting 20–40 ms for that pass. A block's index is fixed when its program is linked, and a
 * binding stays until it is changed or the program linked again, so each is asked or set once.
 */
type UniformBlockContext = Pick<WebGL2RenderingContext, 'getUniformBlockIndex' | 'uniformBlockBinding' | 'linkProgram'>;

interface ProgramBlocks {
  /** Block name → index. */
  indices: Map<string, number>;
  /** Block index → binding point. */
  bindings: Map<number, number>;
}

/** Makes `gl` remember the uniform block indices it answers and the bindings it set, until a program is relinked. */
export function rememberUniformBlocks(gl: UniformBlockContext): void {
  const programs = new WeakMap<WebGLProgram, ProgramBlocks>();
  const blocksOf = (program: WebGLProgram) => {
    let blocks = programs.get(program);
    if (!blocks) programs.set(program, (blocks = { indices: new Map(), bindings: new Map() }));
    return blocks;
  };
  const ask = gl.getUniformBlockIndex.bind(gl);
  const bind = gl.uniformBlockBinding.bind(gl);
  const link = gl.linkProgram.bind(gl);
  gl.getUniformBlockIndex = (program, name) => {
    const { indices } = blocksOf(program);
    let index = indices.get(name);
    if (index === undefined) indices.set(name, (index = ask(program, name)));
    return index;
  };
  gl.uniformBlockBinding = (program, index, point) => {
    const { bindings } = blocksOf(program);
    if (bindings.get(index) === point) return;
    bindings.set(index, point);
    bind(program, index, point);
  };
  gl.linkProgram = (program) => {
    programs.delete(program);
    link(program);
  };
}
