package dev.cluster.pairing;

/** One reviewer, by school id and person id (a person id is unique within its school only). */
record ReviewerKey(String school, String person) {}
