package io.breadthflow.app.universe;

import io.breadthflow.app.UseCaseException;
import java.nio.file.Path;

/**
 * Import of a membership CSV under a universe name.
 *
 * @param name the universe's name (see {@link UniverseName})
 * @param file the CSV, in either {@link MembershipForm} (told apart by its header)
 */
public record MembershipImportRequest(String name, Path file) {
  public MembershipImportRequest {
    name = UniverseName.checked(name);
    UseCaseException.required(file, "the membership file");
  }
}
