package org.policysearch.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The heading that only repeats its document's title (a Markdown file's {@code # Title}, a web
 * page's {@code <h1>} headline), which heads no section: the title is shown and searched as the
 * title, while as the heading over every passage it made each of them match the title's words and
 * stood first in every passage's path. It stays a block of its own, so the chunks keep their
 * numbers (and their links).
 */
final class TitleHeading {
  private TitleHeading() {}

  /**
   * {@code blocks} with the blocks under their first heading moved out of its section where it
   * reads as {@code title} and nothing but untitled paragraphs comes before it; else {@code
   * blocks}.
   */
  static List<Block> unnested(List<Block> blocks, String title) {
    if (title == null) {
      return blocks;
    }
    int at = 0;
    while (at < blocks.size()
        && blocks.get(at).kind() != ChunkKind.HEADING
        && blocks.get(at).sectionPath().isEmpty()) {
      at++;
    }
    if (at == blocks.size()
        || blocks.get(at).kind() != ChunkKind.HEADING
        || !blocks.get(at).sectionPath().isEmpty()
        || !OutlineParser.normalised(blocks.get(at).text())
            .equals(OutlineParser.normalised(title))) {
      return blocks;
    }
    String heading = blocks.get(at).text();
    List<Block> kept = new ArrayList<>(blocks.subList(0, at + 1));
    for (Block block : blocks.subList(at + 1, blocks.size())) {
      List<String> path = block.sectionPath();
      kept.add(
          !path.isEmpty() && path.get(0).equals(heading)
              ? block.movedTo(Math.max(block.level() - 1, 0), path.subList(1, path.size()))
              : block);
    }
    return kept;
  }
}
