package nl.entree.intake.contacts;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactPage")
public record ContactPage(List<ContactView> items, int page, int size, long total) {
}
