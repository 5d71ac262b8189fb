package nova.contracts.content;

import java.util.List;

/**
 * A post in its conversation: {@code ancestors} from the root down to the post's parent (tombstones for deleted,
 * hidden or removed ones, so the chain stays readable; posts the caller may not see are left out), and
 * {@code descendants}, the replies the caller may see, depth-first in reply order, at most 200.
 */
public record Thread(List<Post> ancestors, Post post, List<Post> descendants) {

    public Thread {
        ancestors = ancestors == null ? List.of() : List.copyOf(ancestors);
        descendants = descendants == null ? List.of() : List.copyOf(descendants);
    }
}
