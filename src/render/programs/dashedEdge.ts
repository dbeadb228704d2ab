// Edge program with dashes: sigma v3 draws edges as solid quads; this one is sigma's rectangle
// edge program plus two attributes, `dash` (period in screen pixels, 0 = solid) and `dashRatio`
// (drawn share of each period). The fragment shader discards the gaps, measured along the edge
// in screen pixels so dashes keep their length while zooming. Not instanced (see CORNERS).
import type { Attributes } from "graphology-types";
import { EdgeProgram, type ProgramInfo } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_dash;
attribute float a_dashRatio;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_dash;
varying float v_dashRatio;

const float bias = 255.0 / 254.0;

void main() {
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness, 1)).xy, 0, 1);

  vec2 startClip = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 endClip = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_along = a_positionCoef * length((endClip - startClip) * u_resolution * 0.5);
  v_dash = a_dash;
  v_dashRatio = a_dashRatio;

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_dash;
varying float v_dashRatio;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  if (v_dash > 0.0 && mod(v_along, v_dash) > v_dash * v_dashRatio) discard;
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const UNIFORMS = [
  "u_matrix",
  "u_zoomRatio",
  "u_sizeRatio",
  "u_correctionRatio",
  "u_pixelRatio",
  "u_feather",
  "u_minEdgeThickness",
  "u_resolution",
] as const;

type Uniform = (typeof UNIFORMS)[number];

/**
 * The two triangles of each edge's rectangle (a_positionCoef: start 0 or end 1; a_normalCoef:
 * side), as sigma's rectangle program has them, but written out per edge rather than drawn as
 * instances: on a software rasteriser (SwiftShader) an instanced call costs about one draw per
 * instance, so 30,000 ties drawn as one plain call are several times cheaper. Same pixels.
 */
const CORNERS = [
  [0, 1],
  [0, -1],
  [1, 1],
  [1, 1],
  [0, -1],
  [1, -1],
] as const;

export interface DashAttributes {
  /** Dash period in screen pixels; 0 or absent = solid. */
  dash?: number;
  /** Share of each period that is drawn (0..1). */
  dashRatio?: number;
}

export class DashedEdgeProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeProgram<Uniform, N, E, G> {
  /**
   * Which slots of the buffer hold a drawn tie (1) or zeros (0), and how many are drawn: a hidden
   * tie whose slot is already zeros is not written again, and with no tie drawn at all (a large
   * map hides the ego's ties, which are then all of them) nothing is uploaded nor drawn.
   */
  private shown = new Uint8Array(0);
  private shownCount = 0;

  override reallocate(capacity: number): void {
    const before = this.capacity;
    super.reallocate(capacity);
    // A new buffer is all zeros.
    if (this.capacity !== before || this.shown.length !== this.capacity) {
      this.shown = new Uint8Array(this.capacity);
      this.shownCount = 0;
    }
  }

  override process(
    edgeIndex: number,
    offset: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const visible = !(data.hidden || sourceData.hidden || targetData.hidden);
    const was = this.shown[offset] === 1;
    if (!visible && !was) return;
    super.process(edgeIndex, offset, sourceData, targetData, data);
    if (visible !== was) {
      this.shown[offset] = visible ? 1 : 0;
      this.shownCount += visible ? 1 : -1;
    }
  }

  override render(params: RenderParams): void {
    if (this.shownCount > 0) super.render(params);
  }

  getDefinition() {
    const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_positionStart", size: 2, type: FLOAT },
        { name: "a_positionEnd", size: 2, type: FLOAT },
        { name: "a_normal", size: 2, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_dash", size: 1, type: FLOAT },
        { name: "a_dashRatio", size: 1, type: FLOAT },
        // Per vertex, not constant: no instancing (see CORNERS).
        { name: "a_positionCoef", size: 1, type: FLOAT },
        { name: "a_normalCoef", size: 1, type: FLOAT },
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    source: NodeDisplayData,
    target: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const thickness = data.size || 1;
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const len = dx * dx + dy * dy;
    let n1 = 0;
    let n2 = 0;
    if (len) {
      const inv = 1 / Math.sqrt(len);
      n1 = -dy * inv * thickness;
      n2 = dx * inv * thickness;
    }
    const dashed = data as EdgeDisplayData & DashAttributes;
    const color = floatColor(data.color);
    const dash = dashed.dash ?? 0;
    const dashRatio = dashed.dashRatio ?? 1;
    const array = this.array;
    let i = startIndex;
    for (const [positionCoef, normalCoef] of CORNERS) {
      array[i++] = source.x;
      array[i++] = source.y;
      array[i++] = target.x;
      array[i++] = target.y;
      array[i++] = n1;
      array[i++] = n2;
      array[i++] = color;
      array[i++] = edgeIndex;
      array[i++] = dash;
      array[i++] = dashRatio;
      array[i++] = positionCoef;
      array[i++] = normalCoef;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    const u = uniformLocations as Record<Uniform, WebGLUniformLocation>;
    gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
    gl.uniform1f(u.u_zoomRatio, params.zoomRatio);
    gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(u.u_feather, params.antiAliasingFeather);
    gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform2f(u.u_resolution, params.width, params.height);
  }
}
