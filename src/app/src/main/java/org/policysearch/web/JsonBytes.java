package org.policysearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * Javalin's JSON mapper for the API, writing each answer as UTF-8 bytes straight from Jackson: a
 * JSON string that Javalin then encodes to bytes costs half as much again as the bytes alone, on
 * every search. The routes answer through {@code ctx.jsonStream}, which sends these bytes.
 */
final class JsonBytes implements JsonMapper {
  private final ObjectMapper mapper;

  JsonBytes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public String toJsonString(Object obj, Type type) {
    try {
      return mapper.writeValueAsString(obj);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public InputStream toJsonStream(Object obj, Type type) {
    try {
      return new ByteArrayInputStream(mapper.writeValueAsBytes(obj));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
