package dev.cluster.pairing;

/** Two schools in a review: the reviewer's school and the school it reviews (by id). */
record SchoolPair(String reviewer, String reviewed) {
  /** The other direction: the reviewed school reviewing the reviewer's. */
  SchoolPair reversed() {
    return new SchoolPair(reviewed, reviewer);
  }
}
