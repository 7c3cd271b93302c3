import { describe, expect, it } from 'vitest';
import { rememberUniformBlocks } from './uniform-blocks';

/** A context that logs the calls that reach it; blocks are numbered by name length plus 100 per link. */
function loggingContext() {
  const calls: string[] = [];
  const links = new Map<WebGLProgram, number>();
  const gl = {
    getUniformBlockIndex(program: WebGLProgram, name: string) {
      calls.push(`index ${name}`);
      return (links.get(program) ?? 0) * 100 + name.length;
    },
    uniformBlockBinding(_program: WebGLProgram, index: number, point: number) {
      calls.push(`bind ${index}→${point}`);
    },
    linkProgram(program: WebGLProgram) {
      links.set(program, (links.get(program) ?? 0) + 1);
    },
  };
  return { gl, calls };
}

describe('rememberUniformBlocks', () => {
  it('asks each program once per block name', () => {
    const { gl, calls } = loggingContext();
    rememberUniformBlocks(gl);
    const [a, b] = [{} as WebGLProgram, {} as WebGLProgram];
    gl.linkProgram(a);
    gl.linkProgram(b);
    for (let draw = 0; draw < 3; draw++) {
      expect(gl.getUniformBlockIndex(a, 'project')).toBe(107);
      expect(gl.getUniformBlockIndex(a, 'weight')).toBe(106);
    }
    expect(gl.getUniformBlockIndex(b, 'project')).toBe(107);
    expect(calls).toEqual(['index project', 'index weight', 'index project']);
  });

  it('binds a block again only to another point', () => {
    const { gl, calls } = loggingContext();
    rememberUniformBlocks(gl);
    const program = {} as WebGLProgram;
    gl.linkProgram(program);
    gl.uniformBlockBinding(program, 7, 0);
    gl.uniformBlockBinding(program, 7, 0);
    gl.uniformBlockBinding(program, 6, 1);
    gl.uniformBlockBinding(program, 7, 1);
    expect(calls).toEqual(['bind 7→0', 'bind 6→1', 'bind 7→1']);
  });

  it('forgets a program when it is linked again', () => {
    const { gl, calls } = loggingContext();
    rememberUniformBlocks(gl);
    const program = {} as WebGLProgram;
    gl.linkProgram(program);
    gl.getUniformBlockIndex(program, 'project');
    gl.uniformBlockBinding(program, 107, 0);
    gl.linkProgram(program);
    expect(gl.getUniformBlockIndex(program, 'project')).toBe(207);
    gl.uniformBlockBinding(program, 207, 0);
    expect(calls).toEqual(['index project', 'bind 107→0', 'index project', 'bind 207→0']);
  });
});
