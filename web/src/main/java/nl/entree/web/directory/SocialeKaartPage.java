package nl.entree.web.directory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Region;
import nl.entree.web.backend.DirectoryClient;
import nl.entree.web.backend.ReachOption;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.pages.Pages;

/**
 * The sociale kaart: who helps where, how to reach them and whether they are open now. A GET form, so a search can be
 * bookmarked and the back button works; its parameters are a region, a need and a channel, never anything about a
 * person. Editors use it to find the centre they correct.
 */
@Path("/sociale-kaart")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR, Roles.ADMIN, Roles.EDITOR})
public class SocialeKaartPage {

    /**
     * The ways the directory records to reach a service, phone first as the directory orders its answers; the other
     * channels say how a contact reached Entree, which no service is reached by, so a search on them finds nothing.
     */
    static final List<String> CHANNELS = Arrays.stream(Channel.values()).filter(SocialeKaartPage::reachesAService)
            .sorted(Comparator.comparing(c -> c != Channel.PHONE)).map(Enum::name).toList();
    static final List<String> REGIONS = names(Region.values());
    static final List<String> NEEDS = names(Need.values());

    private final DirectoryClient directory;
    private final Pages pages;
    private final Template page;

    public SocialeKaartPage(@RestClient DirectoryClient directory, Pages pages,
            @Location("sociale-kaart.html") Template page) {
        this.directory = directory;
        this.pages = pages;
        this.page = page;
    }

    @GET
    public Response search(@QueryParam("region") String region, @QueryParam("need") String need,
            @QueryParam("channel") String channel, @QueryParam("openNow") String openNow,
            @QueryParam("zoek") String submitted) {
        String r = blankToNull(region);
        String n = blankToNull(need);
        String c = blankToNull(channel);
        boolean open = openNow != null;
        Map<String, String> invalid = new LinkedHashMap<>();
        check(invalid, "region", r, REGIONS);
        check(invalid, "need", n, NEEDS);
        check(invalid, "channel", c, CHANNELS);
        ServiceRefusal rejection = invalid.isEmpty() ? ServiceRefusal.none() : new ServiceRefusal(400, null, invalid);
        boolean searched = submitted != null || r != null || n != null || c != null || open;
        ServiceAnswer<List<ReachOption>> results = null;
        if (searched && invalid.isEmpty()) {
            results = ServiceAnswer.load("directory", () -> directory.search(r == null ? null : Region.valueOf(r),
                    n == null ? null : Need.valueOf(n), open ? Boolean.TRUE : null,
                    c == null ? null : Channel.valueOf(c)));
        }
        return Response.status(invalid.isEmpty() ? 200 : 400).entity(pages.of(page)
                .data("region", r).data("need", n).data("channel", c).data("openNow", open)
                .data("regions", REGIONS).data("needs", NEEDS).data("channels", CHANNELS)
                .data("rejection", rejection).data("results", results)).build();
    }

    /** A value the form does not offer came from a hand-made address: named next to its field, not sent on. */
    private static void check(Map<String, String> invalid, String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            invalid.put(field, value);
        }
    }

    /** Without a default, so a channel common adds stops the build here until someone decides whether it belongs. */
    private static boolean reachesAService(Channel channel) {
        return switch (channel) {
            case PHONE, CHAT, EMAIL, WALK_IN -> true;
            case POLICE_REFERRAL, PROFESSIONAL_REFERRAL, SELF_CHECK, WEB_QUESTION -> false;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
