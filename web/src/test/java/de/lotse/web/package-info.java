@NullMarked
package de.lotse.web;

import org.jspecify.annotations.NullMarked;
