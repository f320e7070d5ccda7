package org.policysearch.web;

/** The JSON body of every error answer: a short code and a message for the user. */
public record ErrorBody(String error, String message) {}
