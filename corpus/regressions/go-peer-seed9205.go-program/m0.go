package main

import "unsafe"

var _ unsafe.Pointer

//go:noinline
func m0_f0(p0 string, p1 complex128, p2 float64, p3 float64, p4 complex128, p5 uint64, p6 string, p7 float64, p8 uint64, p9 rune, p10 uint8, p11 complex128, p12 float32, p13 uintptr, p14 float32, p15 complex128) (int64, int32, float64, string, float32, string, float32, float64, int8, bool, float32, uint16, float32, uint8, float32, <-chan int8, float32, complex128, complex128, float32, string, float32, uintptr, int16, string, float32) {
	var v0, v2, v7, v11, v16, v19, v46, v56, v70, v71, v269, v273, v276, v282, v284, v286, v288, v289, v549, v559, v564, v569, q0_0 unsafe.Pointer
	var v1, v3, v18, v20, v22, v28, v34, v35, v38, v47, v52, v63, v64, v69, v73, v74, v76, v77, v78, v79, v81, v82, v84, v85, v87, v88, v90, v91, v93, v94, v96, v97, v99, v100, v102, v103, v105, v106, v108, v109, v111, v112, v113, v114, v115, v116, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v129, v130, v132, v133, v136, v137, v138, v139, v142, v143, v145, v146, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v197, v198, v201, v202, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v219, v220, v222, v223, v224, v225, v226, v227, v228, v229, v232, v233, v236, v237, v238, v239, v240, v241, v242, v243, v244, v245, v246, v247, v248, v249, v250, v252, v253, v254, v255, v256, v257, v258, v259, v260, v261, v262, v264, v265, v270, v271, v274, v275, v277, v278, v283, v292, v294, v295, v297, v298, v299, v300, v302, v303, v305, v306, v308, v309, v311, v312, v314, v315, v317, v318, v320, v321, v323, v324, v326, v327, v329, v330, v332, v333, v334, v335, v336, v337, v339, v340, v341, v342, v343, v344, v345, v346, v347, v348, v350, v351, v353, v354, v357, v358, v359, v360, v363, v364, v366, v367, v369, v370, v371, v372, v373, v374, v375, v376, v377, v378, v379, v380, v381, v382, v383, v384, v385, v386, v387, v388, v391, v392, v393, v394, v395, v396, v397, v398, v399, v400, v401, v402, v403, v404, v405, v406, v407, v408, v409, v410, v411, v412, v413, v414, v415, v418, v419, v422, v423, v426, v427, v428, v429, v430, v431, v432, v433, v434, v435, v436, v437, v438, v440, v441, v443, v444, v445, v446, v447, v448, v449, v450, v453, v454, v457, v458, v459, v460, v461, v462, v463, v464, v465, v466, v467, v468, v469, v470, v471, v473, v474, v475, v476, v477, v478, v479, v481, v482, v483, v484, v485, v486, v487, v490, v491, v494, v495, v496, v497, v498, v499, v500, v501, v502, v503, v504, v505, v506, v507, v508, v509, v510, v511, v512, v513, v516, v517, v520, v521, v522, v523, v524, v525, v526, v527, v528, v529, v530, v531, v532, v533, v534, v535, v536, v537, v538, v539, v540, v541, v542, v543, v544, v546, v547, v550, v565, v567, v570, q0_1 uint64
	var v4, v5, v6, v8, v9, v10, v12, v13, v14, v15, v17, v21, v25, v26, v30, v31, v57, v58, v68, v75, v80, v83, v86, v89, v92, v95, v98, v101, v104, v107, v110, v117, v128, v131, v134, v135, v140, v141, v144, v147, v168, v169, v195, v196, v199, v200, v203, v204, v218, v221, v230, v231, v234, v235, v251, v263, v296, v301, v304, v307, v310, v313, v316, v319, v322, v325, v328, v331, v338, v349, v352, v355, v356, v361, v362, v365, v368, v389, v390, v416, v417, v420, v421, v424, v425, v439, v442, v451, v452, v455, v456, v472, v480, v488, v489, v492, v493, v514, v515, v518, v519, v545, v561, v562, q2_0, q3_0, q4_0, q4_1 float64
	var v23, v42, v43, v279 uint32
	var v24, v37, v40, v41, v44, v45, v48, v53, v54, v55, v60, v65, v66, v67, v272, v285, v287, v290, v291, v552, v553, v557 uint8
	var v27, v29, v39, v49, v50, v51, v61, v62, v267, v268, v280, v281, v548, v551, v554, v556, v558, v560, v563, v566, v571 float32
	var v32, v33, v36, v59, v72, v266, v293, v555, v568 uint16
	var s0, s1 struct{ _ [0]uint64; b [16]byte }
	var t0 []string
	var t1 struct{F0 uint32; F1 complex64}
	var t2 *float64
	var t3 int64
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v243, v244, v245, v246, v247, v248, v249, v250, v251, v252, v253, v254, v255, v256, v257, v258, v259, v260, v261, v262, v263, v264, v265, v266, v267, v268, v269, v270, v271, v272, v273, v274, v275, v276, v277, v278, v279, v280, v281, v282, v283, v284, v285, v286, v287, v288, v289, v290, v291, v292, v293, v294, v295, v296, v297, v298, v299, v300, v301, v302, v303, v304, v305, v306, v307, v308, v309, v310, v311, v312, v313, v314, v315, v316, v317, v318, v319, v320, v321, v322, v323, v324, v325, v326, v327, v328, v329, v330, v331, v332, v333, v334, v335, v336, v337, v338, v339, v340, v341, v342, v343, v344, v345, v346, v347, v348, v349, v350, v351, v352, v353, v354, v355, v356, v357, v358, v359, v360, v361, v362, v363, v364, v365, v366, v367, v368, v369, v370, v371, v372, v373, v374, v375, v376, v377, v378, v379, v380, v381, v382, v383, v384, v385, v386, v387, v388, v389, v390, v391, v392, v393, v394, v395, v396, v397, v398, v399, v400, v401, v402, v403, v404, v405, v406, v407, v408, v409, v410, v411, v412, v413, v414, v415, v416, v417, v418, v419, v420, v421, v422, v423, v424, v425, v426, v427, v428, v429, v430, v431, v432, v433, v434, v435, v436, v437, v438, v439, v440, v441, v442, v443, v444, v445, v446, v447, v448, v449, v450, v451, v452, v453, v454, v455, v456, v457, v458, v459, v460, v461, v462, v463, v464, v465, v466, v467, v468, v469, v470, v471, v472, v473, v474, v475, v476, v477, v478, v479, v480, v481, v482, v483, v484, v485, v486, v487, v488, v489, v490, v491, v492, v493, v494, v495, v496, v497, v498, v499, v500, v501, v502, v503, v504, v505, v506, v507, v508, v509, v510, v511, v512, v513, v514, v515, v516, v517, v518, v519, v520, v521, v522, v523, v524, v525, v526, v527, v528, v529, v530, v531, v532, v533, v534, v535, v536, v537, v538, v539, v540, v541, v542, v543, v544, v545, v546, v547, v548, v549, v550, v551, v552, v553, v554, v555, v556, v557, v558, v559, v560, v561, v562, v563, v564, v565, v566, v567, v568, v569, v570, v571, s0, s1, q0_0, q0_1, q2_0, q3_0, q4_0, q4_1, t0, t1, t2, t3
	q0_0 = *(*unsafe.Pointer)(unsafe.Pointer(&p0))
	q0_1 = uint64(len(p0))
	q2_0 = p2
	q3_0 = p3
	q4_0 = real(p4)
	q4_1 = imag(p4)
	v0 = q0_0
	v1 = q0_1
	v2 = unsafe.Pointer(&p0)
	*(*uint64)(unsafe.Add(v2, 8)) = v1
	v3 = *(*uint64)(unsafe.Add(v2, 8))
	v4 = real(p1)
	v5 = imag(p1)
	v6 = q2_0
	v7 = unsafe.Pointer(&p2)
	v8 = float64(v1)
	*(*float64)(v7) = v8
	v9 = *(*float64)(v7)
	v10 = q3_0
	v11 = unsafe.Pointer(&p3)
	v12 = 39.75
	*(*float64)(v11) = v12
	v13 = *(*float64)(v11)
	v14 = q4_0
	v15 = q4_1
	v16 = unsafe.Pointer(&p4)
	*(*float64)(unsafe.Add(v16, 8)) = v13
	v17 = *(*float64)(unsafe.Add(v16, 8))
	v18 = uint64(p5)
	v19 = *(*unsafe.Pointer)(unsafe.Pointer(&p6))
	v20 = uint64(len(p6))
	v21 = p7
	v22 = uint64(p8)
	v23 = uint32(p9)
	v24 = uint8(p10)
	v25 = real(p11)
	v26 = imag(p11)
	v27 = p12
	v28 = uint64(p13)
	v29 = p14
	v30 = real(p15)
	v31 = imag(p15)
	v32 = uint16(int16(v13))
	v33 = -v32
	v34 = 0xfffffffffffffec4
	v35 = -v34
	v36 = 0x31
	v37 = jr_b2u(int16(v36) <= int16(v36))
	v38 = 0x20
	v39 = float32(v38)
	v40 = uint8(int8(v37) >> v23)
	v41 = v24 * v37
	v42 = 0xfffffeda
	v43 = v23 - v42
	v44 = uint8(v3)
	v45 = v44 ^ v37
	v46 = unsafe.Pointer(&s0)
	*(*uint64)(v46) = v3
	v47 = *(*uint64)(v46)
	v48 = jr_b2u(v30 != v10)
	v49 = 6.75
	v50 = -20.25
	v51 = v49 - v50
	v52 = uint64(v42)
	v53 = jr_b2u(v52 == v28)
	v54 = uint8(int8(v51))
	v55 = jr_b2u(int8(v37) > int8(v54))
	v56 = unsafe.Pointer(&s1)
	v57 = float64(v36)
	*(*float64)(v56) = v57
	v58 = *(*float64)(v56)
	v59 = 0xffe5
	v60 = jr_b2u(int16(v59) < int16(v32))
	v61 = -16.5
	v62 = v61 + v51
	v63 = 0xffffffffffffff22
	v64 = v63 - v3
	v65 = 0x82
	v66 = 0x32
	v67 = jr_b2u(int8(v65) <= int8(v66))
	v68 = v10 - v12
	v69 = v38 * v3
	v70 = unsafe.Pointer(new(string))
	jr_reg(v70, 16)
	*(*unsafe.Pointer)(v70) = v70
	*(*uint64)(unsafe.Add(v70, 8)) = v52
	v71 = unsafe.Pointer(new(uint16))
	jr_reg(v71, 2)
	v72 = uint16(v68)
	*(*uint16)(v71) = v72
	v73 = 0x1f
	v74 = 0x5bd1e995
	v75 = 0.0
	v76 = v74 * v73
	v77 = v76 + v1
	v78 = v77 * v73
	v79 = v78 + v3
	v80 = v75 + v4
	v81 = uint64(int64(v4))
	v82 = v79 ^ v81
	v83 = v80 + v5
	v84 = uint64(int64(v5))
	v85 = v82 ^ v84
	v86 = v83 + v6
	v87 = uint64(int64(v6))
	v88 = v85 ^ v87
	v89 = v86 + v8
	v90 = uint64(int64(v8))
	v91 = v88 ^ v90
	v92 = v89 + v9
	v93 = uint64(int64(v9))
	v94 = v91 ^ v93
	v95 = v92 + v10
	v96 = uint64(int64(v10))
	v97 = v94 ^ v96
	v98 = v95 + v12
	v99 = uint64(int64(v12))
	v100 = v97 ^ v99
	v101 = v98 + v13
	v102 = uint64(int64(v13))
	v103 = v100 ^ v102
	v104 = v101 + v14
	v105 = uint64(int64(v14))
	v106 = v103 ^ v105
	v107 = v104 + v15
	v108 = uint64(int64(v15))
	v109 = v106 ^ v108
	v110 = v107 + v17
	v111 = uint64(int64(v17))
	v112 = v109 ^ v111
	v113 = v112 * v73
	v114 = v113 + v18
	v115 = v114 * v73
	v116 = v115 + v20
	v117 = v110 + v21
	v118 = uint64(int64(v21))
	v119 = v116 ^ v118
	v120 = v119 * v73
	v121 = v120 + v22
	v122 = uint64(v23)
	v123 = v121 * v73
	v124 = v123 + v122
	v125 = uint64(v24)
	v126 = v124 * v73
	v127 = v126 + v125
	v128 = v117 + v25
	v129 = uint64(int64(v25))
	v130 = v127 ^ v129
	v131 = v128 + v26
	v132 = uint64(int64(v26))
	v133 = v130 ^ v132
	v134 = float64(v27)
	v135 = v131 + v134
	v136 = uint64(int64(v134))
	v137 = v133 ^ v136
	v138 = v137 * v73
	v139 = v138 + v28
	v140 = float64(v29)
	v141 = v135 + v140
	v142 = uint64(int64(v140))
	v143 = v139 ^ v142
	v144 = v141 + v30
	v145 = uint64(int64(v30))
	v146 = v143 ^ v145
	v147 = v144 + v31
	v148 = uint64(int64(v31))
	v149 = v146 ^ v148
	v150 = uint64(v32)
	v151 = v149 * v73
	v152 = v151 + v150
	v153 = uint64(v33)
	v154 = v152 * v73
	v155 = v154 + v153
	v156 = v155 * v73
	v157 = v156 + v34
	v158 = v157 * v73
	v159 = v158 + v35
	v160 = uint64(v36)
	v161 = v159 * v73
	v162 = v161 + v160
	v163 = uint64(v37)
	v164 = v162 * v73
	v165 = v164 + v163
	v166 = v165 * v73
	v167 = v166 + v38
	v168 = float64(v39)
	v169 = v147 + v168
	v170 = uint64(int64(v168))
	v171 = v167 ^ v170
	v172 = uint64(v40)
	v173 = v171 * v73
	v174 = v173 + v172
	v175 = uint64(v41)
	v176 = v174 * v73
	v177 = v176 + v175
	v178 = uint64(v42)
	v179 = v177 * v73
	v180 = v179 + v178
	v181 = uint64(v43)
	v182 = v180 * v73
	v183 = v182 + v181
	v184 = uint64(v44)
	v185 = v183 * v73
	v186 = v185 + v184
	v187 = uint64(v45)
	v188 = v186 * v73
	v189 = v188 + v187
	v190 = v189 * v73
	v191 = v190 + v47
	v192 = uint64(v48)
	v193 = v191 * v73
	v194 = v193 + v192
	v195 = float64(v49)
	v196 = v169 + v195
	v197 = uint64(int64(v195))
	v198 = v194 ^ v197
	v199 = float64(v50)
	v200 = v196 + v199
	v201 = uint64(int64(v199))
	v202 = v198 ^ v201
	v203 = float64(v51)
	v204 = v200 + v203
	v205 = uint64(int64(v203))
	v206 = v202 ^ v205
	v207 = v206 * v73
	v208 = v207 + v52
	v209 = uint64(v53)
	v210 = v208 * v73
	v211 = v210 + v209
	v212 = uint64(v54)
	v213 = v211 * v73
	v214 = v213 + v212
	v215 = uint64(v55)
	v216 = v214 * v73
	v217 = v216 + v215
	v218 = v204 + v57
	v219 = uint64(int64(v57))
	v220 = v217 ^ v219
	v221 = v218 + v58
	v222 = uint64(int64(v58))
	v223 = v220 ^ v222
	v224 = uint64(v59)
	v225 = v223 * v73
	v226 = v225 + v224
	v227 = uint64(v60)
	v228 = v226 * v73
	v229 = v228 + v227
	v230 = float64(v61)
	v231 = v221 + v230
	v232 = uint64(int64(v230))
	v233 = v229 ^ v232
	v234 = float64(v62)
	v235 = v231 + v234
	v236 = uint64(int64(v234))
	v237 = v233 ^ v236
	v238 = v237 * v73
	v239 = v238 + v63
	v240 = v239 * v73
	v241 = v240 + v64
	v242 = uint64(v65)
	v243 = v241 * v73
	v244 = v243 + v242
	v245 = uint64(v66)
	v246 = v244 * v73
	v247 = v246 + v245
	v248 = uint64(v67)
	v249 = v247 * v73
	v250 = v249 + v248
	v251 = v235 + v68
	v252 = uint64(int64(v68))
	v253 = v250 ^ v252
	v254 = v253 * v73
	v255 = v254 + v69
	v256 = uint64(v72)
	v257 = v255 * v73
	v258 = v257 + v256
	v259 = v258 * v73
	v260 = v259 + v73
	v261 = v260 * v73
	v262 = v261 + v74
	v263 = v251 + v75
	v264 = uint64(int64(v75))
	v265 = v262 ^ v264
	v266 = uint16(v265)
	v267 = float32(v263)
	v268 = float32(v263)
	v269 = nil
	v270 = 0x0
	v271 = 0x0
	v272 = uint8(v265)
	v273 = nil
	v274 = 0x0
	v275 = 0x0
	t0, t1, t2, t3 = m0_x0(int16(v266), [0][2]string{}, complex(v267, v268), *(*[]bool)(unsafe.Pointer(&jr_sliceh{v269, int(v270), int(v271)})), jr_u2b(v272), *(*[]rune)(unsafe.Pointer(&jr_sliceh{v273, int(v274), int(v275)})))
	v276 = unsafe.Pointer((*[0]string)(t0))
	v277 = uint64(len(t0))
	v278 = uint64(cap(t0))
	v279 = uint32(t1.F0)
	v280 = real(t1.F1)
	v281 = imag(t1.F1)
	v282 = unsafe.Pointer(t2)
	v283 = uint64(t3)
	v284 = nil
	v285 = jr_b2u(v276 == v284)
	v286 = nil
	v287 = jr_b2u(v282 == v286)
	v288 = *(*unsafe.Pointer)(v70)
	v289 = nil
	v290 = jr_b2u(v288 == v289)
	v291 = jr_b2u(v288 == v70)
	v292 = *(*uint64)(unsafe.Add(v70, 8))
	v293 = *(*uint16)(v71)
	v294 = 0x1f
	v295 = 0x5bd1e995
	v296 = 0.0
	v297 = v295 * v294
	v298 = v297 + v1
	v299 = v298 * v294
	v300 = v299 + v3
	v301 = v296 + v4
	v302 = uint64(int64(v4))
	v303 = v300 ^ v302
	v304 = v301 + v5
	v305 = uint64(int64(v5))
	v306 = v303 ^ v305
	v307 = v304 + v6
	v308 = uint64(int64(v6))
	v309 = v306 ^ v308
	v310 = v307 + v8
	v311 = uint64(int64(v8))
	v312 = v309 ^ v311
	v313 = v310 + v9
	v314 = uint64(int64(v9))
	v315 = v312 ^ v314
	v316 = v313 + v10
	v317 = uint64(int64(v10))
	v318 = v315 ^ v317
	v319 = v316 + v12
	v320 = uint64(int64(v12))
	v321 = v318 ^ v320
	v322 = v319 + v13
	v323 = uint64(int64(v13))
	v324 = v321 ^ v323
	v325 = v322 + v14
	v326 = uint64(int64(v14))
	v327 = v324 ^ v326
	v328 = v325 + v15
	v329 = uint64(int64(v15))
	v330 = v327 ^ v329
	v331 = v328 + v17
	v332 = uint64(int64(v17))
	v333 = v330 ^ v332
	v334 = v333 * v294
	v335 = v334 + v18
	v336 = v335 * v294
	v337 = v336 + v20
	v338 = v331 + v21
	v339 = uint64(int64(v21))
	v340 = v337 ^ v339
	v341 = v340 * v294
	v342 = v341 + v22
	v343 = uint64(v23)
	v344 = v342 * v294
	v345 = v344 + v343
	v346 = uint64(v24)
	v347 = v345 * v294
	v348 = v347 + v346
	v349 = v338 + v25
	v350 = uint64(int64(v25))
	v351 = v348 ^ v350
	v352 = v349 + v26
	v353 = uint64(int64(v26))
	v354 = v351 ^ v353
	v355 = float64(v27)
	v356 = v352 + v355
	v357 = uint64(int64(v355))
	v358 = v354 ^ v357
	v359 = v358 * v294
	v360 = v359 + v28
	v361 = float64(v29)
	v362 = v356 + v361
	v363 = uint64(int64(v361))
	v364 = v360 ^ v363
	v365 = v362 + v30
	v366 = uint64(int64(v30))
	v367 = v364 ^ v366
	v368 = v365 + v31
	v369 = uint64(int64(v31))
	v370 = v367 ^ v369
	v371 = uint64(v32)
	v372 = v370 * v294
	v373 = v372 + v371
	v374 = uint64(v33)
	v375 = v373 * v294
	v376 = v375 + v374
	v377 = v376 * v294
	v378 = v377 + v34
	v379 = v378 * v294
	v380 = v379 + v35
	v381 = uint64(v36)
	v382 = v380 * v294
	v383 = v382 + v381
	v384 = uint64(v37)
	v385 = v383 * v294
	v386 = v385 + v384
	v387 = v386 * v294
	v388 = v387 + v38
	v389 = float64(v39)
	v390 = v368 + v389
	v391 = uint64(int64(v389))
	v392 = v388 ^ v391
	v393 = uint64(v40)
	v394 = v392 * v294
	v395 = v394 + v393
	v396 = uint64(v41)
	v397 = v395 * v294
	v398 = v397 + v396
	v399 = uint64(v42)
	v400 = v398 * v294
	v401 = v400 + v399
	v402 = uint64(v43)
	v403 = v401 * v294
	v404 = v403 + v402
	v405 = uint64(v44)
	v406 = v404 * v294
	v407 = v406 + v405
	v408 = uint64(v45)
	v409 = v407 * v294
	v410 = v409 + v408
	v411 = v410 * v294
	v412 = v411 + v47
	v413 = uint64(v48)
	v414 = v412 * v294
	v415 = v414 + v413
	v416 = float64(v49)
	v417 = v390 + v416
	v418 = uint64(int64(v416))
	v419 = v415 ^ v418
	v420 = float64(v50)
	v421 = v417 + v420
	v422 = uint64(int64(v420))
	v423 = v419 ^ v422
	v424 = float64(v51)
	v425 = v421 + v424
	v426 = uint64(int64(v424))
	v427 = v423 ^ v426
	v428 = v427 * v294
	v429 = v428 + v52
	v430 = uint64(v53)
	v431 = v429 * v294
	v432 = v431 + v430
	v433 = uint64(v54)
	v434 = v432 * v294
	v435 = v434 + v433
	v436 = uint64(v55)
	v437 = v435 * v294
	v438 = v437 + v436
	v439 = v425 + v57
	v440 = uint64(int64(v57))
	v441 = v438 ^ v440
	v442 = v439 + v58
	v443 = uint64(int64(v58))
	v444 = v441 ^ v443
	v445 = uint64(v59)
	v446 = v444 * v294
	v447 = v446 + v445
	v448 = uint64(v60)
	v449 = v447 * v294
	v450 = v449 + v448
	v451 = float64(v61)
	v452 = v442 + v451
	v453 = uint64(int64(v451))
	v454 = v450 ^ v453
	v455 = float64(v62)
	v456 = v452 + v455
	v457 = uint64(int64(v455))
	v458 = v454 ^ v457
	v459 = v458 * v294
	v460 = v459 + v63
	v461 = v460 * v294
	v462 = v461 + v64
	v463 = uint64(v65)
	v464 = v462 * v294
	v465 = v464 + v463
	v466 = uint64(v66)
	v467 = v465 * v294
	v468 = v467 + v466
	v469 = uint64(v67)
	v470 = v468 * v294
	v471 = v470 + v469
	v472 = v456 + v68
	v473 = uint64(int64(v68))
	v474 = v471 ^ v473
	v475 = v474 * v294
	v476 = v475 + v69
	v477 = uint64(v72)
	v478 = v476 * v294
	v479 = v478 + v477
	v480 = v472 + v263
	v481 = uint64(int64(v263))
	v482 = v479 ^ v481
	v483 = v482 * v294
	v484 = v483 + v265
	v485 = uint64(v266)
	v486 = v484 * v294
	v487 = v486 + v485
	v488 = float64(v267)
	v489 = v480 + v488
	v490 = uint64(int64(v488))
	v491 = v487 ^ v490
	v492 = float64(v268)
	v493 = v489 + v492
	v494 = uint64(int64(v492))
	v495 = v491 ^ v494
	v496 = v495 * v294
	v497 = v496 + v270
	v498 = v497 * v294
	v499 = v498 + v271
	v500 = uint64(v272)
	v501 = v499 * v294
	v502 = v501 + v500
	v503 = v502 * v294
	v504 = v503 + v274
	v505 = v504 * v294
	v506 = v505 + v275
	v507 = v506 * v294
	v508 = v507 + v277
	v509 = v508 * v294
	v510 = v509 + v278
	v511 = uint64(v279)
	v512 = v510 * v294
	v513 = v512 + v511
	v514 = float64(v280)
	v515 = v493 + v514
	v516 = uint64(int64(v514))
	v517 = v513 ^ v516
	v518 = float64(v281)
	v519 = v515 + v518
	v520 = uint64(int64(v518))
	v521 = v517 ^ v520
	v522 = v521 * v294
	v523 = v522 + v283
	v524 = uint64(v285)
	v525 = v523 * v294
	v526 = v525 + v524
	v527 = uint64(v287)
	v528 = v526 * v294
	v529 = v528 + v527
	v530 = uint64(v290)
	v531 = v529 * v294
	v532 = v531 + v530
	v533 = uint64(v291)
	v534 = v532 * v294
	v535 = v534 + v533
	v536 = v535 * v294
	v537 = v536 + v292
	v538 = uint64(v293)
	v539 = v537 * v294
	v540 = v539 + v538
	v541 = v540 * v294
	v542 = v541 + v294
	v543 = v542 * v294
	v544 = v543 + v295
	v545 = v519 + v296
	v546 = uint64(int64(v296))
	v547 = v544 ^ v546
	v548 = float32(v545)
	v549 = nil
	v550 = 0x0
	v551 = float32(v545)
	v552 = uint8(v547)
	v553 = uint8(v547)
	v554 = float32(v545)
	v555 = uint16(v547)
	v556 = float32(v545)
	v557 = uint8(v547)
	v558 = float32(v545)
	v559 = nil
	v560 = -62.25
	v561 = float64(v280)
	v562 = -69.0
	v563 = float32(v545)
	v564 = nil
	v565 = 0x0
	v566 = float32(v545)
	v567 = 0x29
	v568 = uint16(v547)
	v569 = nil
	v570 = 0x0
	v571 = float32(v277)
	return int64(v1), int32(v23), v545, *(*string)(unsafe.Pointer(&jr_strh{v0, int(v1)})), v548, *(*string)(unsafe.Pointer(&jr_strh{v549, int(v550)})), v551, v14, int8(v552), jr_u2b(v553), v554, uint16(v555), v556, uint8(v557), v558, *(*<-chan int8)(unsafe.Pointer(&[1]unsafe.Pointer{v559})), v560, complex(v8, v561), complex(v545, v562), v563, *(*string)(unsafe.Pointer(&jr_strh{v564, int(v565)})), v566, uintptr(v567), int16(v568), *(*string)(unsafe.Pointer(&jr_strh{v569, int(v570)})), v571
}

type m0ctx_c1 struct{L0 unsafe.Pointer; L1 float64; L2 unsafe.Pointer; L3 unsafe.Pointer; }

//go:noinline
func m0mk_c1(c m0ctx_c1) func(complex64, int, [0]int8, struct{F0 float64; F1 [1]float64; F2 uint32; F3 uintptr; F4 interface{}}, int16, interface{M0(float64, complex128) (uintptr, chan rune); M1(*uint) (complex64, float32)}, string, uint32, int64, int, float64, struct{}) (float32, interface{M0() (string)}, string, uint, complex64, uint32) {
	return func(p0 complex64, p1 int, p2 [0]int8, p3 struct{F0 float64; F1 [1]float64; F2 uint32; F3 uintptr; F4 interface{}}, p4 int16, p5 interface{M0(float64, complex128) (uintptr, chan rune); M1(*uint) (complex64, float32)}, p6 string, p7 uint32, p8 int64, p9 int, p10 float64, p11 struct{}) (float32, interface{M0() (string)}, string, uint, complex64, uint32) {
	var v1, v5, v8, v18, v19, v21, v22, v23, v28, v31, v35, v39, v42, v133, v134 unsafe.Pointer
	var v2, v3, v6, v7, v9, v10, v13, v17, v24, v26, v27, v29, v36, v37, v40, v41, v43, v44, v45, v46, v48, v49, v50, v51, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v65, v66, v69, v70, v71, v72, v74, v75, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v99, v100, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v130, v131, q9_0 uint64
	var v4, v14, v15, v30, v32, v38, v47, v52, v63, v64, v67, v68, v73, v76, v98, v101, v114, v129, q10_0 float64
	var v11, v12, v132, v135, v136 float32
	var v16, v25, v137 uint32
	var v20, v33, v34 uint16
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, q9_0, q10_0
	q9_0 = uint64(p9)
	q10_0 = p10
	v1 = c.L0
	v2 = *(*uint64)(v1)
	v3 = *(*uint64)(unsafe.Add(v1, 8))
	v4 = c.L1
	v5 = c.L2
	v6 = *(*uint64)(v5)
	v7 = *(*uint64)(unsafe.Add(v5, 8))
	v8 = c.L3
	v9 = *(*uint64)(v8)
	v10 = *(*uint64)(unsafe.Add(v8, 8))
	v11 = real(p0)
	v12 = imag(p0)
	v13 = uint64(p1)
	v14 = p3.F0
	v15 = p3.F1[0]
	v16 = uint32(p3.F2)
	v17 = uint64(p3.F3)
	v18 = (*[2]unsafe.Pointer)(unsafe.Pointer(&p3.F4))[0]
	v19 = (*[2]unsafe.Pointer)(unsafe.Pointer(&p3.F4))[1]
	v20 = uint16(p4)
	v21 = (*[2]unsafe.Pointer)(unsafe.Pointer(&p5))[0]
	v22 = (*[2]unsafe.Pointer)(unsafe.Pointer(&p5))[1]
	v23 = *(*unsafe.Pointer)(unsafe.Pointer(&p6))
	v24 = uint64(len(p6))
	v25 = uint32(p7)
	v26 = uint64(p8)
	v27 = q9_0
	v28 = unsafe.Pointer(&p9)
	*(*uint64)(v28) = v3
	v29 = *(*uint64)(v28)
	v30 = q10_0
	v31 = unsafe.Pointer(&p10)
	*(*float64)(v31) = v15
	v32 = *(*float64)(v31)
	v33 = uint16(v26)
	v34 = v33 % v20
	v35 = c.L0
	v36 = *(*uint64)(v35)
	v37 = *(*uint64)(unsafe.Add(v35, 8))
	v38 = c.L1
	v39 = c.L2
	v40 = *(*uint64)(v39)
	v41 = *(*uint64)(unsafe.Add(v39, 8))
	v42 = c.L3
	v43 = *(*uint64)(v42)
	v44 = *(*uint64)(unsafe.Add(v42, 8))
	v45 = 0x1f
	v46 = 0x5bd1e995
	v47 = 0.0
	v48 = v46 * v45
	v49 = v48 + v2
	v50 = v49 * v45
	v51 = v50 + v3
	v52 = v47 + v4
	v53 = uint64(int64(v4))
	v54 = v51 ^ v53
	v55 = v54 * v45
	v56 = v55 + v6
	v57 = v56 * v45
	v58 = v57 + v7
	v59 = v58 * v45
	v60 = v59 + v9
	v61 = v60 * v45
	v62 = v61 + v10
	v63 = float64(v11)
	v64 = v52 + v63
	v65 = uint64(int64(v63))
	v66 = v62 ^ v65
	v67 = float64(v12)
	v68 = v64 + v67
	v69 = uint64(int64(v67))
	v70 = v66 ^ v69
	v71 = v70 * v45
	v72 = v71 + v13
	v73 = v68 + v14
	v74 = uint64(int64(v14))
	v75 = v72 ^ v74
	v76 = v73 + v15
	v77 = uint64(int64(v15))
	v78 = v75 ^ v77
	v79 = uint64(v16)
	v80 = v78 * v45
	v81 = v80 + v79
	v82 = v81 * v45
	v83 = v82 + v17
	v84 = uint64(v20)
	v85 = v83 * v45
	v86 = v85 + v84
	v87 = v86 * v45
	v88 = v87 + v24
	v89 = uint64(v25)
	v90 = v88 * v45
	v91 = v90 + v89
	v92 = v91 * v45
	v93 = v92 + v26
	v94 = v93 * v45
	v95 = v94 + v27
	v96 = v95 * v45
	v97 = v96 + v29
	v98 = v76 + v30
	v99 = uint64(int64(v30))
	v100 = v97 ^ v99
	v101 = v98 + v32
	v102 = uint64(int64(v32))
	v103 = v100 ^ v102
	v104 = uint64(v33)
	v105 = v103 * v45
	v106 = v105 + v104
	v107 = uint64(v34)
	v108 = v106 * v45
	v109 = v108 + v107
	v110 = v109 * v45
	v111 = v110 + v36
	v112 = v111 * v45
	v113 = v112 + v37
	v114 = v101 + v38
	v115 = uint64(int64(v38))
	v116 = v113 ^ v115
	v117 = v116 * v45
	v118 = v117 + v40
	v119 = v118 * v45
	v120 = v119 + v41
	v121 = v120 * v45
	v122 = v121 + v43
	v123 = v122 * v45
	v124 = v123 + v44
	v125 = v124 * v45
	v126 = v125 + v45
	v127 = v126 * v45
	v128 = v127 + v46
	v129 = v114 + v47
	v130 = uint64(int64(v47))
	v131 = v128 ^ v130
	v132 = float32(v129)
	v133 = nil
	v134 = nil
	v135 = float32(v129)
	v136 = float32(v129)
	v137 = uint32(v131)
	return v132, *(*interface{M0() (string)})(unsafe.Pointer(&[2]unsafe.Pointer{v133, v134})), *(*string)(unsafe.Pointer(&jr_strh{v23, int(v24)})), uint(v36), complex(v135, v136), uint32(v137)
}
}

//go:noinline
func m0_x0(p0 int16, p1 [0][2]string, p2 complex64, p3 []bool, p4 bool, p5 []rune) ([]string, struct{F0 uint32; F1 complex64}, *float64, int64) {
	h := jr_ext_name("x0")
	h = jr_ext_absorb(h, uint64(uint16(p0)))
	h = jr_ext_absorb(h, jr_ext_f32(real(p2)))
	h = jr_ext_absorb(h, jr_ext_f32(imag(p2)))
	a3 := unsafe.Pointer((*[0]bool)(p3))
	h = jr_ext_absorb(h, jr_ext_ptr(a3))
	h = jr_ext_absorb(h, uint64(uint64(len(p3))))
	h = jr_ext_absorb(h, uint64(uint64(cap(p3))))
	h = jr_ext_absorb(h, uint64(jr_bbits(p4)))
	a7 := unsafe.Pointer((*[0]rune)(p5))
	h = jr_ext_absorb(h, jr_ext_ptr(a7))
	h = jr_ext_absorb(h, uint64(uint64(len(p5))))
	h = jr_ext_absorb(h, uint64(uint64(cap(p5))))
	ptrs := []unsafe.Pointer{a3, a7}
	_, _ = h, ptrs
	r0 := jr_ext_rptr(h, 0, ptrs)
	r1 := uint64(jr_ext_r(h, 1))
	r2 := uint64(jr_ext_r(h, 2))
	r3 := uint32(jr_ext_r(h, 3))
	r4 := jr_ext_rf32(h, 4)
	r5 := jr_ext_rf32(h, 5)
	r6 := jr_ext_rptr(h, 6, ptrs)
	r7 := uint64(jr_ext_r(h, 7))
	return *(*[]string)(unsafe.Pointer(&jr_sliceh{r0, int(r1), int(r2)})), struct{F0 uint32; F1 complex64}{uint32(r3), complex(r4, r5)}, (*float64)(r6), int64(r7)
}

var m0_funcvals [2]unsafe.Pointer
var m0_itabs = []unsafe.Pointer{}

func init() {
	{
		f := m0_f0
		m0_funcvals[0] = *(*unsafe.Pointer)(unsafe.Pointer(&f))
	}
}

func m0run_0() {
	jr_begin(0, 0, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; B3 byte; }))
	jr_reg(o0, 4)
	jr_fill(o0, "\x79\x63\x63\x63")
	var a0 unsafe.Pointer = nil
	var a1 uint64 = uint64(0x0)
	var a2 float64 = jr_f64(0xc05a300000000000)
	var a3 float64 = jr_f64(0x4056e00000000000)
	var a4 float64 = jr_f64(0xc039a00000000000)
	var a5 float64 = jr_f64(0x81b01297d23ab683)
	var a6 float64 = jr_f64(0x81b01297d23ab683)
	var a7 float64 = jr_f64(0x7ff8000000000000)
	var a8 uint64 = uint64(0x0)
	var a9 unsafe.Pointer = unsafe.Add(o0, 0)
	var a10 uint64 = uint64(0x4)
	var a11 float64 = jr_f64(0x7ff8000000000000)
	var a12 uint64 = uint64(0xffffffffffffffff)
	var a13 uint32 = uint32(0x80000000)
	var a14 uint8 = uint8(0xff)
	var a15 float64 = jr_f64(0x7e37e43c8800759c)
	var a16 float64 = jr_f64(0x7ff8000000000000)
	var a17 float32 = jr_f32(0x80000000)
	var a18 uint64 = uint64(0x5f19302ffffffff)
	var a19 float32 = jr_f32(0x7f800000)
	var a20 float64 = jr_f64(0x7ff0000000000000)
	var a21 float64 = jr_f64(0x81b01297d23ab683)
	r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22, r23, r24, r25 := m0_f0(*(*string)(unsafe.Pointer(&jr_strh{a0, int(a1)})), complex(a2, a3), a4, a5, complex(a6, a7), uint64(a8), *(*string)(unsafe.Pointer(&jr_strh{a9, int(a10)})), a11, uint64(a12), rune(a13), uint8(a14), complex(a15, a16), a17, uintptr(a18), a19, complex(a20, a21))
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22, r23, r24, r25
	jr_put_int("i64", uint64(uint64(r0)))
	jr_put_int("i32", uint64(uint32(r1)))
	jr_put_f64(r2)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r3)))
	jr_put_int("i64", uint64(uint64(len(r3))))
	jr_put_f32(r4)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r5)))
	jr_put_int("i64", uint64(uint64(len(r5))))
	jr_put_f32(r6)
	jr_put_f64(r7)
	jr_put_int("i8", uint64(uint8(r8)))
	jr_put_int("i8", uint64(jr_bbits(r9)))
	jr_put_f32(r10)
	jr_put_int("i16", uint64(uint16(r11)))
	jr_put_f32(r12)
	jr_put_int("i8", uint64(uint8(r13)))
	jr_put_f32(r14)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r15)))
	jr_put_f32(r16)
	jr_put_f64(real(r17))
	jr_put_f64(imag(r17))
	jr_put_f64(real(r18))
	jr_put_f64(imag(r18))
	jr_put_f32(r19)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r20)))
	jr_put_int("i64", uint64(uint64(len(r20))))
	jr_put_f32(r21)
	jr_put_int("i64", uint64(uint64(r22)))
	jr_put_int("i16", uint64(uint16(r23)))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r24)))
	jr_put_int("i64", uint64(uint64(len(r24))))
	jr_put_f32(r25)
	jr_put_obj(0, o0, 4, []uintptr{})
}

func m0run_1() {
	jr_begin(0, 1, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{B0 byte; B1 byte; }))
	jr_reg(o0, 2)
	o1 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; }))
	jr_reg(o1, 3)
	jr_fill(o0, "\x63\x63")
	jr_fill(o1, "\x61\x62\x62")
	var a0 unsafe.Pointer = unsafe.Add(o0, 0)
	var a1 uint64 = uint64(0x2)
	var a2 float64 = jr_f64(0x4051800000000000)
	var a3 float64 = jr_f64(0x8000000000000000)
	var a4 float64 = jr_f64(0x7e37e43c8800759c)
	var a5 float64 = jr_f64(0x7e37e43c8800759c)
	var a6 float64 = jr_f64(0x7ff0000000000000)
	var a7 float64 = jr_f64(0xc042800000000000)
	var a8 uint64 = uint64(0x0)
	var a9 unsafe.Pointer = unsafe.Add(o1, 0)
	var a10 uint64 = uint64(0x3)
	var a11 float64 = jr_f64(0xc048100000000000)
	var a12 uint64 = uint64(0xafa2e64bffffffff)
	var a13 uint32 = uint32(0xffffffff)
	var a14 uint8 = uint8(0x77)
	var a15 float64 = jr_f64(0x404aa00000000000)
	var a16 float64 = jr_f64(0xc031a00000000000)
	var a17 float32 = jr_f32(0x4286c000)
	var a18 uint64 = uint64(0x487e2c15ffffffff)
	var a19 float32 = jr_f32(0x41f20000)
	var a20 float64 = jr_f64(0x4058c00000000000)
	var a21 float64 = jr_f64(0x4054480000000000)
	r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22, r23, r24, r25 := m0_f0(*(*string)(unsafe.Pointer(&jr_strh{a0, int(a1)})), complex(a2, a3), a4, a5, complex(a6, a7), uint64(a8), *(*string)(unsafe.Pointer(&jr_strh{a9, int(a10)})), a11, uint64(a12), rune(a13), uint8(a14), complex(a15, a16), a17, uintptr(a18), a19, complex(a20, a21))
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22, r23, r24, r25
	jr_put_int("i64", uint64(uint64(r0)))
	jr_put_int("i32", uint64(uint32(r1)))
	jr_put_f64(r2)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r3)))
	jr_put_int("i64", uint64(uint64(len(r3))))
	jr_put_f32(r4)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r5)))
	jr_put_int("i64", uint64(uint64(len(r5))))
	jr_put_f32(r6)
	jr_put_f64(r7)
	jr_put_int("i8", uint64(uint8(r8)))
	jr_put_int("i8", uint64(jr_bbits(r9)))
	jr_put_f32(r10)
	jr_put_int("i16", uint64(uint16(r11)))
	jr_put_f32(r12)
	jr_put_int("i8", uint64(uint8(r13)))
	jr_put_f32(r14)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r15)))
	jr_put_f32(r16)
	jr_put_f64(real(r17))
	jr_put_f64(imag(r17))
	jr_put_f64(real(r18))
	jr_put_f64(imag(r18))
	jr_put_f32(r19)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r20)))
	jr_put_int("i64", uint64(uint64(len(r20))))
	jr_put_f32(r21)
	jr_put_int("i64", uint64(uint64(r22)))
	jr_put_int("i16", uint64(uint16(r23)))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r24)))
	jr_put_int("i64", uint64(uint64(len(r24))))
	jr_put_f32(r25)
	jr_put_obj(0, o0, 2, []uintptr{})
	jr_put_obj(1, o1, 3, []uintptr{})
}

func m0run_2() {
	jr_begin(0, 2, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; }))
	jr_reg(o0, 3)
	jr_fill(o0, "\x00\x7a\x0a")
	var a0 unsafe.Pointer = unsafe.Add(o0, 0)
	var a1 uint64 = uint64(0x3)
	var a2 float64 = jr_f64(0xc05d300000000000)
	var a3 float64 = jr_f64(0x7ff8000000000000)
	var a4 float64 = jr_f64(0x4058b00000000000)
	var a5 float64 = jr_f64(0xc050000000000000)
	var a6 float64 = jr_f64(0x403da00000000000)
	var a7 float64 = jr_f64(0x405c300000000000)
	var a8 uint64 = uint64(0x0)
	var a9 unsafe.Pointer = nil
	var a10 uint64 = uint64(0x0)
	var a11 float64 = jr_f64(0x4046600000000000)
	var a12 uint64 = uint64(0xffffffffffffffff)
	var a13 uint32 = uint32(0x7fbb28f2)
	var a14 uint8 = uint8(0x8a)
	var a15 float64 = jr_f64(0x4053500000000000)
	var a16 float64 = jr_f64(0x7e37e43c8800759c)
	var a17 float32 = jr_f32(0xc1920000)
	var a18 uint64 = uint64(0xffffffffffffffff)
	var a19 float32 = jr_f32(0x7fc00000)
	var a20 float64 = jr_f64(0x4045000000000000)
	var a21 float64 = jr_f64(0x405bf00000000000)
	r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22, r23, r24, r25 := m0_f0(*(*string)(unsafe.Pointer(&jr_strh{a0, int(a1)})), complex(a2, a3), a4, a5, complex(a6, a7), uint64(a8), *(*string)(unsafe.Pointer(&jr_strh{a9, int(a10)})), a11, uint64(a12), rune(a13), uint8(a14), complex(a15, a16), a17, uintptr(a18), a19, complex(a20, a21))
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22, r23, r24, r25
	jr_put_int("i64", uint64(uint64(r0)))
	jr_put_int("i32", uint64(uint32(r1)))
	jr_put_f64(r2)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r3)))
	jr_put_int("i64", uint64(uint64(len(r3))))
	jr_put_f32(r4)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r5)))
	jr_put_int("i64", uint64(uint64(len(r5))))
	jr_put_f32(r6)
	jr_put_f64(r7)
	jr_put_int("i8", uint64(uint8(r8)))
	jr_put_int("i8", uint64(jr_bbits(r9)))
	jr_put_f32(r10)
	jr_put_int("i16", uint64(uint16(r11)))
	jr_put_f32(r12)
	jr_put_int("i8", uint64(uint8(r13)))
	jr_put_f32(r14)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r15)))
	jr_put_f32(r16)
	jr_put_f64(real(r17))
	jr_put_f64(imag(r17))
	jr_put_f64(real(r18))
	jr_put_f64(imag(r18))
	jr_put_f32(r19)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r20)))
	jr_put_int("i64", uint64(uint64(len(r20))))
	jr_put_f32(r21)
	jr_put_int("i64", uint64(uint64(r22)))
	jr_put_int("i16", uint64(uint16(r23)))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r24)))
	jr_put_int("i64", uint64(uint64(len(r24))))
	jr_put_f32(r25)
	jr_put_obj(0, o0, 3, []uintptr{})
}

var m0_runs = []func(){
	m0run_0,
	m0run_1,
	m0run_2,
}
