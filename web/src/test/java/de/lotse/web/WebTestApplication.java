package de.lotse.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration the web slice tests start from. Lotse runs the UI inside the all-in-one
 * launcher of the app module; this one only lets a slice find the UI's controllers and advice.
 */
@SpringBootApplication
class WebTestApplication {}
