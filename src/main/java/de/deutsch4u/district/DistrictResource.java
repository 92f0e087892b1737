package de.deutsch4u.district;

import de.deutsch4u.common.Today;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("districts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class DistrictResource {

    @Inject
    private DistrictService districts;

    @GET
    @Operation(summary = "The Hessian districts and cities valid on a date (default: today, Europe/Berlin)")
    public List<DistrictView> list(@Parameter(description = "YYYY-MM-DD") @QueryParam("date") LocalDate date) {
        return districts.validOn(date == null ? Today.date() : date).stream()
                .map(DistrictView::of)
                .toList();
    }

    public record DistrictView(int id, String name, DistrictType type, Region region, String ags) {
        static DistrictView of(District d) {
            return new DistrictView(d.getId(), d.getName(), d.getType(), d.getRegion(), d.getAgs());
        }
    }
}
