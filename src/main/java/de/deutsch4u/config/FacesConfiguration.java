package de.deutsch4u.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Turns on Faces 4 CDI integration (EL resolution of @Named beans, injection of Faces artifacts). */
@FacesConfig
@ApplicationScoped
public class FacesConfiguration {}
