#version 130
// Corridor lines of constant screen width: each quad corner sits on the line and is pushed
// here, in pixels, along the segment's normal (like map_line.vert). The distance along the
// corridor goes to the fragment shader for the moving dashes.
in vec2 a_position;   // Web Mercator metres minus the layer's origin
in vec2 a_direction;  // unit direction of the segment
in vec2 a_corner;     // (side, end), each -1 or +1
in float a_distance;  // metres from the first town along the line

uniform vec2 u_center;
uniform vec2 u_ndc_per_meter;
uniform vec2 u_ndc_per_pixel;
uniform float u_half_width;  // pixels

out float v_side;      // -1..1 across the line, for the soft edge
out float v_distance;  // metres along the line

void main() {
    vec2 normal = vec2(-a_direction.y, a_direction.x);
    vec2 offset = (a_corner.x * normal + a_corner.y * a_direction) * u_half_width;
    v_side = a_corner.x;
    v_distance = a_distance;
    gl_Position = vec4((a_position - u_center) * u_ndc_per_meter + offset * u_ndc_per_pixel, 0.0, 1.0);
}
