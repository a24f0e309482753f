/** One participant's page: the intake answers, the route as a timeline, and a form for every command. */
@NullMarked
package de.lotse.web.participant;

import org.jspecify.annotations.NullMarked;
