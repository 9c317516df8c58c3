#version 130
// Polygon fills. The highlight is decided here from the feature index each vertex carries, so
// hovering or selecting changes two uniforms and nothing is re-uploaded.
in vec2 a_position;   // Web Mercator metres minus the mesh origin
in float a_feature;   // feature index in its layer
in vec4 a_color;

uniform vec2 u_center;          // camera centre, same frame as a_position
uniform vec2 u_ndc_per_meter;
uniform float u_hovered;        // feature index, or -1
uniform float u_selected;
uniform vec4 u_hover_tint;      // rgb mixed in by a
uniform vec4 u_selected_fill;
uniform vec4 u_emphasised_fill;
// Bit f of word f / 32: feature f is emphasised (FeatureFlags; no texture, see feature_flags.h).
uniform uint u_emphasis_words[256];

// flat: one colour per feature, so nothing to interpolate per pixel (llvmpipe: ~5% less CPU
// along map_frame_bench's path, the same pixels).
flat out vec4 v_color;

void main() {
    gl_Position = vec4((a_position - u_center) * u_ndc_per_meter, 0.0, 1.0);
    vec4 c = a_color;
    int id = int(a_feature + 0.5);
    if (id < 256 * 32 && ((u_emphasis_words[id / 32] >> uint(id % 32)) & 1u) != 0u)
        c.rgb = mix(c.rgb, u_emphasised_fill.rgb, u_emphasised_fill.a);
    if (abs(a_feature - u_selected) < 0.5)
        c.rgb = mix(c.rgb, u_selected_fill.rgb, u_selected_fill.a);
    else if (abs(a_feature - u_hovered) < 0.5)
        c.rgb = mix(c.rgb, u_hover_tint.rgb, u_hover_tint.a);
    v_color = c;
}
