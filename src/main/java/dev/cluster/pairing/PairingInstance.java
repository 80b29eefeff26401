package dev.cluster.pairing;

import dev.cluster.model.ReviewProgramme.Reciprocal;

/**
 * One round's pairing problem reduced to numbers: {@code n} schools in file order, each needing
 * {@code peers} reviewers; reviewer classes (reviewers of one school who match the same schools'
 * focus are interchangeable, so only their count matters); and, per school pair (reviewer's school
 * {@code a}, reviewed school {@code b}), the bit mask of the earlier rounds (bit k: k+1 rounds
 * back) in which {@code a} already reviewed {@code b}.
 *
 * @param classSchool the school of each class
 * @param classSize the number of reviewers in each class
 * @param classMatches per class, per reviewed school, whether its reviewers share a focus tag with
 *     it
 * @param repeats {@code repeats[a][b]}: mask of rounds back in which a reviewed b
 * @param levels how many rounds back count (the rounds that exist, at most {@code avoid-repeat})
 * @param classCap per class, the most reviews one of its reviewers takes in the round by their own
 *     {@code review-load} ({@link Integer#MAX_VALUE}: no cap of their own)
 * @param forbidden {@code forbidden[a][b]}: a may not review b ({@code same-group: forbid}, {@code
 *     forbid:})
 */
record PairingInstance(
    int n,
    int peers,
    int[] classSchool,
    int[] classSize,
    boolean[][] classMatches,
    int[][] repeats,
    int levels,
    Reciprocal reciprocal,
    int[] classCap,
    boolean[][] forbidden) {

  int classes() {
    return classSchool.length;
  }

  /** Places on teams: every school's team is full. */
  int places() {
    return n * peers;
  }

  /**
   * The reviews class {@code k} can give at load cap {@code cap}: each reviewer up to their own
   * cap.
   */
  long capacity(int k, int cap) {
    return (long) Math.min(cap, classCap[k]) * classSize[k];
  }

  /** Whether some reviewer has a {@code review-load} of their own. */
  boolean ownCaps() {
    for (int c : classCap) {
      if (c != Integer.MAX_VALUE) {
        return true;
      }
    }
    return false;
  }

  /** Reviewers in all classes. */
  int reviewers() {
    int r = 0;
    for (int s : classSize) {
      r += s;
    }
    return r;
  }
}
