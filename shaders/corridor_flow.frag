#version 130
// The flow: bright dashes moving from the first town towards the last at a constant speed
// on screen. Indicative corridors are only dashed and translucent: no drawn route is claimed.
in float v_side;
in float v_distance;

uniform vec4 u_color;       // the line
uniform vec4 u_flow_color;  // the moving dashes
uniform float u_pixels_per_meter;
uniform float u_time;         // seconds
uniform float u_half_width;   // pixels
uniform int u_indicative;

out vec4 frag_color;

void main() {
    float px = v_distance * u_pixels_per_meter;      // pixels along the line
    float edge = 1.0 - smoothstep(u_half_width - 1.0, u_half_width, abs(v_side) * u_half_width);
    if (u_indicative != 0) {
        float dash = step(fract((px - u_time * 20.0) / 18.0), 0.55);
        frag_color = vec4(u_color.rgb, u_color.a * dash * edge);
        return;
    }
    float phase = fract((px - u_time * 40.0) / 36.0);  // 36 px period, 40 px/s
    float dash = smoothstep(0.0, 0.08, phase) * (1.0 - smoothstep(0.35, 0.43, phase));
    vec4 c = mix(u_color, u_flow_color, dash * (1.0 - abs(v_side) * 0.6));
    frag_color = vec4(c.rgb, c.a * edge);
}
