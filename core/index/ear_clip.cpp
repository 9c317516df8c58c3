#include "core/index/ear_clip.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

// The earcut algorithm (Mapbox, ISC licence), written out for one polygon: holes are joined to
// the shell by bridges, then ears are cut; vertices sorted on a z-order curve make the "is any
// vertex inside this ear?" test look only near the ear. Rings that are not simple get two more
// passes (cure local self-intersections, then split the ring in two) before giving up.
namespace corridor {
namespace {

struct Node {
    uint32_t i;     // index of the vertex in the caller's numbering
    double x, y;
    Node* prev = nullptr;
    Node* next = nullptr;
    int32_t z = 0;  // z-order key
    Node* prev_z = nullptr;
    Node* next_z = nullptr;
    bool steiner = false;
};

// Nodes live in blocks that are reused from one polygon to the next on a thread: no allocation
// per vertex once the largest polygon has been seen.
class NodePool {
public:
    Node* make(uint32_t i, double x, double y) {
        if (used_ == kBlock) {
            ++block_;
            used_ = 0;
        }
        if (block_ == blocks_.size()) blocks_.push_back(std::make_unique<Node[]>(kBlock));
        Node* n = &blocks_[block_][used_++];
        *n = Node{i, x, y};
        return n;
    }
    void reset() { block_ = used_ = 0; }

private:
    static constexpr size_t kBlock = 4096;
    std::vector<std::unique_ptr<Node[]>> blocks_;
    size_t block_ = 0, used_ = 0;
};

class EarClipper {
public:
    EarClipper(NodePool& pool, std::vector<uint32_t>& out) : pool_(pool), out_(out) {}

    void run(const std::vector<std::vector<MapPoint>>& rings) {
        pool_.reset();
        if (rings.empty()) return;
        uint32_t offset = 0;
        // Repeated and collinear points go first: a densified edge would otherwise leave only
        // a few ears per turn round the ring, and the cost would grow with its square.
        Node* outer = filter_points(linked_list(rings[0], offset, true));
        offset += uint32_t(rings[0].size());
        if (!outer || outer->next == outer->prev) return;
        std::vector<Node*> holes;
        for (size_t r = 1; r < rings.size(); ++r) {
            Node* list = linked_list(rings[r], offset, false);
            offset += uint32_t(rings[r].size());
            if (!list) continue;
            if (list == list->next) list->steiner = true;  // a point: kept, not filtered away
            list = filter_points(list);
            if (list == list->next && !list->steiner) continue;  // nothing left of the hole
            holes.push_back(leftmost(list));
        }
        std::sort(holes.begin(), holes.end(), [](const Node* a, const Node* b) {
            return a->x < b->x || (a->x == b->x && a->y < b->y);
        });
        for (Node* hole : holes) outer = eliminate_hole(hole, outer);

        size_t count = 0;
        for (const auto& ring : rings) count += ring.size();
        if (count > 80) {  // small rings are faster without the hash
            double min_x = std::numeric_limits<double>::infinity(), min_y = min_x, max_x = -min_x, max_y = -min_x;
            for (const MapPoint& p : rings[0]) {
                min_x = std::min(min_x, p.x), min_y = std::min(min_y, p.y);
                max_x = std::max(max_x, p.x), max_y = std::max(max_y, p.y);
            }
            min_x_ = min_x, min_y_ = min_y;
            const double size = std::max(max_x - min_x, max_y - min_y);
            inv_size_ = size > 0 ? 32767 / size : 0;
        }
        earcut_linked(outer, 0);
    }

private:
    NodePool& pool_;
    std::vector<uint32_t>& out_;
    double min_x_ = 0, min_y_ = 0, inv_size_ = 0;  // inv_size_ 0: no z-order hash

    // Twice the signed area of p, q, r, negated: negative for a counter-clockwise turn.
    static double area(const Node* p, const Node* q, const Node* r) {
        return (q->y - p->y) * (r->x - q->x) - (q->x - p->x) * (r->y - q->y);
    }
    static bool equals(const Node* a, const Node* b) { return a->x == b->x && a->y == b->y; }
    static int sign(double v) { return (v > 0) - (v < 0); }

    void emit(const Node* a, const Node* b, const Node* c) {
        out_.push_back(a->i);
        out_.push_back(b->i);
        out_.push_back(c->i);
    }

    Node* insert(uint32_t i, const MapPoint& p, Node* last) {
        Node* n = pool_.make(i, p.x, p.y);
        if (!last) {
            n->prev = n->next = n;
        } else {
            n->next = last->next;
            n->prev = last;
            last->next->prev = n;
            last->next = n;
        }
        return n;
    }

    static void remove(Node* p) {
        p->next->prev = p->prev;
        p->prev->next = p->next;
        if (p->prev_z) p->prev_z->next_z = p->next_z;
        if (p->next_z) p->next_z->prev_z = p->prev_z;
    }

    // The ring as a circular list, turned so that the shell runs one way and holes the other.
    Node* linked_list(const std::vector<MapPoint>& ring, uint32_t offset, bool shell) {
        size_t n = ring.size();
        if (n > 1 && ring.front() == ring.back()) --n;  // closed ring: its last point repeats the first
        if (n == 0) return nullptr;
        double sum = 0;
        for (size_t i = 0, j = n - 1; i < n; j = i++) sum += (ring[j].x - ring[i].x) * (ring[i].y + ring[j].y);
        Node* last = nullptr;
        if (shell == (sum > 0)) {
            for (size_t i = 0; i < n; ++i) last = insert(offset + uint32_t(i), ring[i], last);
        } else {
            for (size_t i = n; i-- > 0;) last = insert(offset + uint32_t(i), ring[i], last);
        }
        if (last && equals(last, last->next)) {
            remove(last);
            last = last->next;
        }
        return last;
    }

    // Drops repeated and collinear points between start and end.
    Node* filter_points(Node* start, Node* end = nullptr) {
        if (!start) return start;
        if (!end) end = start;
        Node* p = start;
        bool again;
        do {
            again = false;
            if (!p->steiner && (equals(p, p->next) || area(p->prev, p, p->next) == 0)) {
                remove(p);
                p = end = p->prev;
                if (p == p->next) break;
                again = true;
            } else {
                p = p->next;
            }
        } while (again || p != end);
        return end;
    }

    void earcut_linked(Node* ear, int pass) {
        if (!ear) return;
        if (pass == 0 && inv_size_ != 0) index_curve(ear);
        Node* stop = ear;
        while (ear->prev != ear->next) {
            Node* prev = ear->prev;
            Node* next = ear->next;
            if (inv_size_ != 0 ? is_ear_hashed(ear) : is_ear(ear)) {
                emit(prev, ear, next);
                remove(ear);
                ear = next->next;  // skipping the next vertex gives fewer slivers
                stop = next->next;
                continue;
            }
            ear = next;
            if (ear == stop) {  // a full turn without an ear
                if (pass == 0) {
                    earcut_linked(filter_points(ear), 1);
                } else if (pass == 1) {
                    earcut_linked(cure_local_intersections(filter_points(ear)), 2);
                } else {
                    split_earcut(ear);
                }
                break;
            }
        }
    }

    static bool point_in_triangle(double ax, double ay, double bx, double by, double cx, double cy, double px,
                                  double py) {
        return (cx - px) * (ay - py) >= (ax - px) * (cy - py) && (ax - px) * (by - py) >= (bx - px) * (ay - py) &&
               (bx - px) * (cy - py) >= (cx - px) * (by - py);
    }

    bool is_ear(const Node* ear) const {
        const Node *a = ear->prev, *b = ear, *c = ear->next;
        if (area(a, b, c) >= 0) return false;  // reflex
        const double x0 = std::min({a->x, b->x, c->x}), y0 = std::min({a->y, b->y, c->y});
        const double x1 = std::max({a->x, b->x, c->x}), y1 = std::max({a->y, b->y, c->y});
        for (const Node* p = c->next; p != a; p = p->next)
            if (p->x >= x0 && p->x <= x1 && p->y >= y0 && p->y <= y1 &&
                point_in_triangle(a->x, a->y, b->x, b->y, c->x, c->y, p->x, p->y) && area(p->prev, p, p->next) >= 0)
                return false;
        return true;
    }

    bool is_ear_hashed(const Node* ear) const {
        const Node *a = ear->prev, *b = ear, *c = ear->next;
        if (area(a, b, c) >= 0) return false;
        const double x0 = std::min({a->x, b->x, c->x}), y0 = std::min({a->y, b->y, c->y});
        const double x1 = std::max({a->x, b->x, c->x}), y1 = std::max({a->y, b->y, c->y});
        const int32_t min_z = z_order(x0, y0), max_z = z_order(x1, y1);
        auto blocks = [&](const Node* p) {
            return p->x >= x0 && p->x <= x1 && p->y >= y0 && p->y <= y1 && p != a && p != c &&
                   point_in_triangle(a->x, a->y, b->x, b->y, c->x, c->y, p->x, p->y) &&
                   area(p->prev, p, p->next) >= 0;
        };
        const Node* p = ear->prev_z;
        const Node* n = ear->next_z;
        while (p && p->z >= min_z && n && n->z <= max_z) {
            if (blocks(p)) return false;
            p = p->prev_z;
            if (blocks(n)) return false;
            n = n->next_z;
        }
        for (; p && p->z >= min_z; p = p->prev_z)
            if (blocks(p)) return false;
        for (; n && n->z <= max_z; n = n->next_z)
            if (blocks(n)) return false;
        return true;
    }

    static bool on_segment(const Node* p, const Node* q, const Node* r) {
        return q->x <= std::max(p->x, r->x) && q->x >= std::min(p->x, r->x) && q->y <= std::max(p->y, r->y) &&
               q->y >= std::min(p->y, r->y);
    }

    static bool intersects(const Node* p1, const Node* q1, const Node* p2, const Node* q2) {
        const int o1 = sign(area(p1, q1, p2)), o2 = sign(area(p1, q1, q2));
        const int o3 = sign(area(p2, q2, p1)), o4 = sign(area(p2, q2, q1));
        if (o1 != o2 && o3 != o4) return true;
        if (o1 == 0 && on_segment(p1, p2, q1)) return true;
        if (o2 == 0 && on_segment(p1, q2, q1)) return true;
        if (o3 == 0 && on_segment(p2, p1, q2)) return true;
        if (o4 == 0 && on_segment(p2, q1, q2)) return true;
        return false;
    }

    static bool intersects_polygon(const Node* a, const Node* b) {
        const Node* p = a;
        do {
            if (p->i != a->i && p->next->i != a->i && p->i != b->i && p->next->i != b->i &&
                intersects(p, p->next, a, b))
                return true;
            p = p->next;
        } while (p != a);
        return false;
    }

    static bool locally_inside(const Node* a, const Node* b) {
        return area(a->prev, a, a->next) < 0 ? area(a, b, a->next) >= 0 && area(a, a->prev, b) >= 0
                                             : area(a, b, a->prev) < 0 || area(a, a->next, b) < 0;
    }

    static bool middle_inside(const Node* a, const Node* b) {
        const Node* p = a;
        bool inside = false;
        const double px = (a->x + b->x) / 2, py = (a->y + b->y) / 2;
        do {
            if (((p->y > py) != (p->next->y > py)) && p->next->y != p->y &&
                (px < (p->next->x - p->x) * (py - p->y) / (p->next->y - p->y) + p->x))
                inside = !inside;
            p = p->next;
        } while (p != a);
        return inside;
    }

    static bool is_valid_diagonal(const Node* a, const Node* b) {
        return a->next->i != b->i && a->prev->i != b->i && !intersects_polygon(a, b) &&
               ((locally_inside(a, b) && locally_inside(b, a) && middle_inside(a, b) &&
                 (area(a->prev, a, b->prev) != 0 || area(a, b->prev, b) != 0)) ||
                (equals(a, b) && area(a->prev, a, a->next) > 0 && area(b->prev, b, b->next) > 0));
    }

    // Joins a to b by a doubled edge: the ring becomes two, returned as b's copy.
    Node* split_polygon(Node* a, Node* b) {
        Node* a2 = pool_.make(a->i, a->x, a->y);
        Node* b2 = pool_.make(b->i, b->x, b->y);
        Node* an = a->next;
        Node* bp = b->prev;
        a->next = b;
        b->prev = a;
        a2->next = an;
        an->prev = a2;
        b2->next = a2;
        a2->prev = b2;
        bp->next = b2;
        b2->prev = bp;
        return b2;
    }

    Node* cure_local_intersections(Node* start) {
        Node* p = start;
        do {
            Node* a = p->prev;
            Node* b = p->next->next;
            if (!equals(a, b) && intersects(a, p, p->next, b) && locally_inside(a, b) && locally_inside(b, a)) {
                emit(a, p, b);
                remove(p);
                remove(p->next);
                p = start = b;
            }
            p = p->next;
        } while (p != start);
        return filter_points(p);
    }

    void split_earcut(Node* start) {
        Node* a = start;
        do {
            for (Node* b = a->next->next; b != a->prev; b = b->next) {
                if (a->i != b->i && is_valid_diagonal(a, b)) {
                    Node* c = split_polygon(a, b);
                    a = filter_points(a, a->next);
                    c = filter_points(c, c->next);
                    earcut_linked(a, 0);
                    earcut_linked(c, 0);
                    return;
                }
            }
            a = a->next;
        } while (a != start);
    }

    static bool sector_contains_sector(const Node* m, const Node* p) {
        return area(m->prev, m, p->prev) < 0 && area(p->next, m, m->next) < 0;
    }

    // The shell vertex a bridge from the hole's leftmost point can reach (ray cast to the left).
    static Node* find_hole_bridge(const Node* hole, Node* outer) {
        Node* p = outer;
        const double hx = hole->x, hy = hole->y;
        double qx = -std::numeric_limits<double>::infinity();
        Node* m = nullptr;
        do {
            if (hy <= p->y && hy >= p->next->y && p->next->y != p->y) {
                const double x = p->x + (hy - p->y) * (p->next->x - p->x) / (p->next->y - p->y);
                if (x <= hx && x > qx) {
                    qx = x;
                    m = p->x < p->next->x ? p : p->next;
                    if (x == hx) return m;  // the hole touches the shell's edge
                }
            }
            p = p->next;
        } while (p != outer);
        if (!m) return nullptr;
        // Of the shell vertices inside the triangle (hole point, ray hit, m), the one at the
        // smallest angle to the ray sees the hole point.
        const Node* stop = m;
        const double mx = m->x, my = m->y;
        double tan_min = std::numeric_limits<double>::infinity();
        p = m;
        do {
            if (hx >= p->x && p->x >= mx && hx != p->x &&
                point_in_triangle(hy < my ? hx : qx, hy, mx, my, hy < my ? qx : hx, hy, p->x, p->y)) {
                const double tan = std::abs(hy - p->y) / (hx - p->x);
                if (locally_inside(p, hole) &&
                    (tan < tan_min ||
                     (tan == tan_min && (p->x > m->x || (p->x == m->x && sector_contains_sector(m, p)))))) {
                    m = p;
                    tan_min = tan;
                }
            }
            p = p->next;
        } while (p != stop);
        return m;
    }

    Node* eliminate_hole(Node* hole, Node* outer) {
        Node* bridge = find_hole_bridge(hole, outer);
        if (!bridge) return outer;
        Node* reverse = split_polygon(bridge, hole);
        filter_points(reverse, reverse->next);
        return filter_points(bridge, bridge->next);
    }

    static Node* leftmost(Node* start) {
        Node* p = start;
        Node* best = start;
        do {
            if (p->x < best->x || (p->x == best->x && p->y < best->y)) best = p;
            p = p->next;
        } while (p != start);
        return best;
    }

    int32_t z_order(double px, double py) const {
        // Coordinates to 15-bit integers, bits interleaved.
        uint32_t x = uint32_t(std::clamp((px - min_x_) * inv_size_, 0.0, 32767.0));
        uint32_t y = uint32_t(std::clamp((py - min_y_) * inv_size_, 0.0, 32767.0));
        x = (x | (x << 8)) & 0x00FF00FF;
        x = (x | (x << 4)) & 0x0F0F0F0F;
        x = (x | (x << 2)) & 0x33333333;
        x = (x | (x << 1)) & 0x55555555;
        y = (y | (y << 8)) & 0x00FF00FF;
        y = (y | (y << 4)) & 0x0F0F0F0F;
        y = (y | (y << 2)) & 0x33333333;
        y = (y | (y << 1)) & 0x55555555;
        return int32_t(x | (y << 1));
    }

    void index_curve(Node* start) {
        Node* p = start;
        do {
            if (p->z == 0) p->z = z_order(p->x, p->y);
            p->prev_z = p->prev;
            p->next_z = p->next;
            p = p->next;
        } while (p != start);
        p->prev_z->next_z = nullptr;
        p->prev_z = nullptr;
        sort_linked(p);
    }

    // Merge sort of the z-links (Simon Tatham's list merge sort), no allocation.
    static Node* sort_linked(Node* list) {
        size_t in_size = 1;
        int merges;
        do {
            Node* p = list;
            list = nullptr;
            Node* tail = nullptr;
            merges = 0;
            while (p) {
                ++merges;
                Node* q = p;
                size_t p_size = 0;
                for (size_t i = 0; i < in_size; ++i) {
                    ++p_size;
                    q = q->next_z;
                    if (!q) break;
                }
                size_t q_size = in_size;
                while (p_size > 0 || (q_size > 0 && q)) {
                    Node* e;
                    if (p_size != 0 && (q_size == 0 || !q || p->z <= q->z)) {
                        e = p;
                        p = p->next_z;
                        --p_size;
                    } else {
                        e = q;
                        q = q->next_z;
                        --q_size;
                    }
                    if (tail)
                        tail->next_z = e;
                    else
                        list = e;
                    e->prev_z = tail;
                    tail = e;
                }
                p = q;
            }
            tail->next_z = nullptr;
            in_size *= 2;
        } while (merges > 1);
        return list;
    }
};

}  // namespace

void ear_clip(const std::vector<std::vector<MapPoint>>& rings, std::vector<uint32_t>& triangles) {
    static thread_local NodePool pool;
    EarClipper(pool, triangles).run(rings);
}

}  // namespace corridor
