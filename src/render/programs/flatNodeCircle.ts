// sigma's disc node program (NodeCircleProgram) without instancing: the same shaders and the
// same triangle around each disc, with the three corners written out per node instead of one
// instance per node. Pixel for pixel the same drawing; on a software rasteriser (SwiftShader,
// where an instanced call costs about as much as one draw per instance) a 30,000-person map's
// discs become one plain draw (twice: the picture and the picking buffer).
import type { Attributes } from "graphology-types";
import { NodeCircleProgram, NodeProgram, type ProgramInfo } from "sigma/rendering";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

const ANGLES = [NodeCircleProgram.ANGLE_1, NodeCircleProgram.ANGLE_2, NodeCircleProgram.ANGLE_3] as const;
const UNIFORMS = ["u_sizeRatio", "u_correctionRatio", "u_matrix"] as const;

export class FlatNodeCircleProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeProgram<(typeof UNIFORMS)[number], N, E, G> {
  getDefinition() {
    // sigma's own definition (shaders, attributes), its one constant attribute made per vertex:
    // a definition without constant attributes at all is drawn without instancing.
    const def = NodeCircleProgram.prototype.getDefinition.call(this);
    return {
      VERTICES: def.VERTICES,
      VERTEX_SHADER_SOURCE: def.VERTEX_SHADER_SOURCE,
      FRAGMENT_SHADER_SOURCE: def.FRAGMENT_SHADER_SOURCE,
      METHOD: def.METHOD,
      UNIFORMS,
      ATTRIBUTES: [...def.ATTRIBUTES, ...def.CONSTANT_ATTRIBUTES],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const array = this.array;
    const color = floatColor(data.color);
    let i = startIndex;
    for (const angle of ANGLES) {
      array[i++] = data.x;
      array[i++] = data.y;
      array[i++] = data.size;
      array[i++] = color;
      array[i++] = nodeIndex;
      array[i++] = angle;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    const u = uniformLocations as Record<(typeof UNIFORMS)[number], WebGLUniformLocation>;
    gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
  }
}
