package org.policysearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits a word that {@link IndexTextAnalyzer} kept whole across its hyphens into the words the
 * tokenizer would have made of it, and gives each two neighbouring parts also as one word at the
 * first one's place: {@code anti-dumping} is "anti", "antidumping", "dumping", so a text written
 * with the hyphen is found by the word written without it ({@code antidumping}, {@code
 * cooperation}), and the other way round.
 */
final class HyphenJoinFilter extends TokenFilter {
  /** What stands for a hyphen between letters: a joiner the tokenizer keeps inside a word. */
  static final char JOINER = '\u203F';

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);

  /** The word being split, as the tokenizer gave it, and where it starts in the text. */
  private char[] word = new char[32];

  private int length;
  private int wordStart;
  private State state;

  /** Where the part given last starts and ends in {@link #word}; -1 when no word is being split. */
  private int partStart = -1;

  private int partEnd;

  /** Whether the part given last is still to be given joined to the next. */
  private boolean joinNext;

  HyphenJoinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (partStart >= 0) {
      return nextOfWord();
    }
    if (!input.incrementToken()) {
      return false;
    }
    int joiner = indexOfJoiner(term.buffer(), 0, term.length());
    if (joiner < 0) {
      return true;
    }
    length = term.length();
    if (word.length < length) {
      word = new char[length];
    }
    System.arraycopy(term.buffer(), 0, word, 0, length);
    wordStart = offset.startOffset();
    state = captureState();
    int firstIncrement = increment.getPositionIncrement();
    partStart = 0;
    partEnd = joiner;
    skipEmptyParts();
    if (partStart < 0) {
      // Nothing but joiners: the tokenizer's word as it was, a character the texts never write.
      restoreState(state);
      return true;
    }
    emit(partStart, partEnd, firstIncrement);
    joinNext = nextPartStart() < length;
    if (!joinNext) {
      partStart = -1;
    }
    return true;
  }

  private boolean nextOfWord() {
    int nextStart = nextPartStart();
    int nextEnd = partEnd(nextStart);
    if (joinNext) {
      restoreState(state);
      int first = partEnd - partStart;
      int second = nextEnd - nextStart;
      char[] joined = term.resizeBuffer(first + second);
      System.arraycopy(word, partStart, joined, 0, first);
      System.arraycopy(word, nextStart, joined, first, second);
      term.setLength(first + second);
      offset.setOffset(wordStart + partStart, wordStart + nextEnd);
      increment.setPositionIncrement(0);
      joinNext = false;
      return true;
    }
    partStart = nextStart;
    partEnd = nextEnd;
    emit(partStart, partEnd, 1);
    if (nextPartStart() >= length) {
      partStart = -1;
    } else {
      joinNext = true;
    }
    return true;
  }

  /** Moves past parts a joiner begins or ends with, or two joiners make empty. */
  private void skipEmptyParts() {
    while (partStart < length && partEnd == partStart) {
      partStart = partEnd + 1;
      partEnd = partStart < length ? partEnd(partStart) : partStart;
    }
    if (partStart >= length) {
      partStart = -1;
    }
  }

  /** Where the part after the current one starts; past the end when it has none. */
  private int nextPartStart() {
    int start = partEnd + 1;
    while (start < length && word[start] == JOINER) {
      start++;
    }
    return start;
  }

  private int partEnd(int start) {
    int joiner = indexOfJoiner(word, start, length);
    return joiner < 0 ? length : joiner;
  }

  private void emit(int start, int end, int positionIncrement) {
    restoreState(state);
    term.copyBuffer(word, start, end - start);
    offset.setOffset(wordStart + start, wordStart + end);
    increment.setPositionIncrement(positionIncrement);
  }

  private static int indexOfJoiner(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[i] == JOINER) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    partStart = -1;
    joinNext = false;
    state = null;
  }
}
