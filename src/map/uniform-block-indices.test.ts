import { describe, expect, it } from 'vitest';
import { rememberUniformBlockIndices } from './uniform-block-indices';

/** A context whose programs number their blocks in the order asked, renumbered by every link. */
function countingContext() {
  const asked: string[] = [];
  const links = new Map<WebGLProgram, number>();
  const gl = {
    getUniformBlockIndex(program: WebGLProgram, name: string) {
      asked.push(name);
      return (links.get(program) ?? 0) * 100 + name.length;
    },
    linkProgram(program: WebGLProgram) {
      links.set(program, (links.get(program) ?? 0) + 1);
    },
  };
  return { gl, asked };
}

describe('rememberUniformBlockIndices', () => {
  it('asks the context once per program and block name', () => {
    const { gl, asked } = countingContext();
    rememberUniformBlockIndices(gl);
    const a = {} as WebGLProgram;
    const b = {} as WebGLProgram;
    gl.linkProgram(a);
    gl.linkProgram(b);
    const first = [gl.getUniformBlockIndex(a, 'project'), gl.getUniformBlockIndex(a, 'weight')];
    const again = [gl.getUniformBlockIndex(a, 'project'), gl.getUniformBlockIndex(a, 'weight')];
    expect(again).toEqual(first);
    expect(gl.getUniformBlockIndex(b, 'project')).toBe(107);
    expect(asked).toEqual(['project', 'weight', 'project']);
  });

  it('asks again after the program is linked again', () => {
    const { gl, asked } = countingContext();
    rememberUniformBlockIndices(gl);
    const program = {} as WebGLProgram;
    gl.linkProgram(program);
    expect(gl.getUniformBlockIndex(program, 'project')).toBe(107);
    gl.linkProgram(program);
    expect(gl.getUniformBlockIndex(program, 'project')).toBe(207);
    expect(asked).toEqual(['project', 'project']);
  });
});
