package nl.entree.web.directory;

import java.util.List;

import nl.entree.web.backend.Hsds.Metadata;
import nl.entree.web.backend.Hsds.Phone;
import nl.entree.web.backend.Hsds.Provenance;
import nl.entree.web.backend.Hsds.Schedule;
import nl.entree.web.backend.Hsds.ServiceArea;
import nl.entree.web.backend.HsdsService;
import nl.entree.web.backend.ServiceAtLocation;

/**
 * What the correction screen shows of the record it corrects, a regional centre or a service: the same parts of
 * either, named for the page. {@code status} is a service's HSDS status; a centre has none of its own (null).
 */
public record CorrectionSubject(String title, String status, List<ServiceArea> areas, Provenance provenance,
        List<Phone> phones, List<Schedule> schedules, List<Metadata> metadata) {

    static CorrectionSubject of(ServiceAtLocation centre) {
        String title = centre.location() != null && centre.location().name() != null ? centre.location().name()
                : centre.id();
        return new CorrectionSubject(title, null, centre.service_areas(), centre.provenance(), centre.phones(),
                centre.schedules(), centre.metadata());
    }

    /** A service is named with its organisation: "Chat met het CSG" alone does not say whose line it is. */
    static CorrectionSubject of(HsdsService service) {
        String name = service.name() != null ? service.name() : service.id();
        String title = service.organization() != null && service.organization().name() != null
                ? name + " (" + service.organization().name() + ")" : name;
        return new CorrectionSubject(title, service.status(), service.service_areas(), service.provenance(),
                service.phones(), service.schedules(), service.metadata());
    }
}
