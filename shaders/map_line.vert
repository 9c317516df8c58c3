#version 130
// Lines and points of constant width in pixels: every quad corner sits on the line and is
// pushed here, in screen space, by half the width along the segment's normal and direction.
in vec2 a_position;   // Web Mercator metres minus the mesh origin
in vec2 a_direction;  // direction of the segment or mitre (points: (1, 0)), / u_direction_range
in vec2 a_corner;     // (side, end), each -1 or +1

uniform vec2 u_center;
uniform vec2 u_ndc_per_meter;
uniform vec2 u_ndc_per_pixel;
uniform float u_half_width;  // pixels
uniform float u_direction_range;  // kLineDirectionRange: a_direction comes as normalised shorts

void main() {
    vec2 direction = a_direction * u_direction_range;
    vec2 normal = vec2(-direction.y, direction.x);
    vec2 offset = (a_corner.x * normal + a_corner.y * direction) * u_half_width;
    gl_Position = vec4((a_position - u_center) * u_ndc_per_meter + offset * u_ndc_per_pixel, 0.0, 1.0);
}
